"""The reference site has one page per module, titled and built as the source's are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
API = ROOT / "docs" / "api"

MODULES = sorted(
    f"{path.parent.name}.{path.stem}"
    for package in ("models", "schemas")
    for path in (ROOT / package).glob("*.py")
    if not path.name.startswith("__")
)


@pytest.mark.parametrize("module", MODULES)
def test_every_module_has_its_page(module: str) -> None:
    page = API / f"{module}.rst"
    assert page.is_file(), f"add {page.relative_to(ROOT)}, like its neighbours"
    lines = page.read_text("utf-8").splitlines()
    title = f"{module} module"
    assert lines[:2] == [title, "=" * len(title)]
    assert f".. automodule:: {module}" in lines
    assert {"   :members:", "   :undoc-members:", "   :show-inheritance:"} <= set(lines)


@pytest.mark.parametrize("package", ["models", "schemas"])
def test_package_page_lists_every_module(package: str) -> None:
    text = (API / f"{package}.rst").read_text("utf-8")
    listed = [line.strip() for line in text.splitlines() if line.startswith("   ")]
    expected = [m for m in MODULES if m.startswith(f"{package}.")]
    assert [entry for entry in listed if entry.startswith(f"{package}.")] == expected
