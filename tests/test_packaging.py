"""Packaging facts written in two places agree: pyproject.toml and tox.ini."""

from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def read_pyproject() -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # the same parser, before it joined the standard library
        import tomli as tomllib
    path = ROOT / "pyproject.toml"
    if not path.exists():
        pytest.skip("run from an installed copy without the source tree")
    with path.open("rb") as handle:
        return dict(tomllib.load(handle))


def read_tox_ini() -> configparser.ConfigParser:
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "tox.ini", encoding="utf-8")
    return config


def test_min_env_pins_the_lower_bound_of_every_dependency() -> None:
    lower_bounds = {}
    for requirement in read_pyproject()["project"]["dependencies"]:
        name, version = re.fullmatch(
            r"([\w-]+)>=([\d.]+)(,[^;]*)?(;.*)?", requirement
        ).group(1, 2)
        lower_bounds[name] = version

    pins = {}
    for line in read_tox_ini()["testenv:min"]["deps"].split():
        name, version = line.split("==")
        pins[name] = version

    # pip treats "6" and "6.0.0" as the same version; compare them that way.
    def padded(version: str) -> tuple[int, ...]:
        numbers = tuple(int(part) for part in version.split("."))
        return numbers + (0,) * (3 - len(numbers))

    assert {name: padded(v) for name, v in pins.items()} == {
        name: padded(v) for name, v in lower_bounds.items()
    }


def test_classifiers_name_exactly_the_pythons_tox_tests() -> None:
    project = read_pyproject()["project"]
    prefix = "Programming Language :: Python :: 3."
    claimed = {
        c[len(prefix) - 2 :] for c in project["classifiers"] if c.startswith(prefix)
    }

    envlist = read_tox_ini()["tox"]["envlist"]
    tested = set()
    for group in re.findall(r"py3\{?([\d,]+)\}?-", envlist):
        tested.update(f"3.{minor}" for minor in group.split(","))

    assert claimed == tested == {"3.9", "3.10", "3.11", "3.12", "3.13"}
    assert project["requires-python"] == ">=3.9"


def test_console_script_runs_the_cli_main() -> None:
    scripts = read_pyproject()["project"]["scripts"]

    assert scripts == {"appinstance": "schemas.cli:main"}
