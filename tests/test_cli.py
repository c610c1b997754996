"""The ``appinstance`` command: exit codes and the exact text on stdout and stderr."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from schemas.cli import main
from schemas.openapi import openapi_document

DATA = Path(__file__).parent / "data"
FULL_PAYLOAD_TEXT = (DATA / "app_instance_full.json").read_text(encoding="utf-8")

# A payload with one error at each depth the messages can take.
INVALID_PAYLOAD = {
    "appName": 5,
    "settings": [],
    "vmGroups": [{"vms": [{"nodePorts": [{"port": "1", "tag": "kNope"}]}]}],
    "newKey": 1,
}
INVALID_PAYLOAD_ERRORS = [
    "appName: Not a valid string.",
    "settings: Not a valid object.",
    "vmGroups.0.vms.0.nodePorts.0.port: Not a valid integer.",
    "vmGroups.0.vms.0.nodePorts.0.tag: Must be one of: kDefault, kHttp, kHttps, kSsh.",
    "newKey: Unknown field.",
]

# Unknown keys at the top and three levels down, for the --unknown modes.
PAYLOAD_WITH_UNKNOWN_KEYS = {
    "appName": "Scanner",
    "exposedNodePorts": [31443],
    "vmGroups": [{"vms": [{"name": "vm-0", "uiTag": "main"}]}],
}


def write_json(tmp_path: Path, name: str, value: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


def feed_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_bundled_sample_is_the_full_payload_the_tests_use() -> None:
    sample = resources.files("schemas") / "data" / "app_instance_sample.json"

    assert sample.read_text(encoding="utf-8") == FULL_PAYLOAD_TEXT


def test_check_without_file_validates_the_bundled_sample(capsys) -> None:
    assert main(["check"]) == 0

    assert capsys.readouterr() == ("<sample>: OK (1 payload)\n", "")


def test_check_valid_file_prints_one_ok_line(tmp_path, capsys) -> None:
    path = tmp_path / "full.json"
    path.write_text(FULL_PAYLOAD_TEXT, encoding="utf-8")

    assert main(["check", str(path)]) == 0

    assert capsys.readouterr() == (f"{path}: OK (1 payload)\n", "")


def test_check_counts_the_payloads_of_a_list(tmp_path, capsys) -> None:
    path = write_json(
        tmp_path, "list.json", [{"appName": "a"}, {}, {"appUid": 2**63 - 1}]
    )

    assert main(["check", path]) == 0

    assert capsys.readouterr() == (f"{path}: OK (3 payloads)\n", "")


def test_check_accepts_an_empty_list(tmp_path, capsys) -> None:
    path = write_json(tmp_path, "empty-list.json", [])

    assert main(["check", path]) == 0

    assert capsys.readouterr() == (f"{path}: OK (0 payloads)\n", "")


def test_check_prints_every_error_with_its_key_path(tmp_path, capsys) -> None:
    path = write_json(tmp_path, "bad.json", INVALID_PAYLOAD)

    assert main(["check", path]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [f"{path}: {line}" for line in INVALID_PAYLOAD_ERRORS]


def test_check_keys_errors_in_a_list_by_index(tmp_path, capsys) -> None:
    payloads = [{"appName": "ok"}, 3, {"userSshKey": {"username": False}}]
    path = write_json(tmp_path, "list.json", payloads)

    assert main(["check", path]) == 1

    assert capsys.readouterr() == (
        "",
        f"{path}: 1: Invalid input type.\n"
        f"{path}: 2.userSshKey.username: Not a valid string.\n",
    )


def test_check_names_the_payload_itself_when_it_is_not_an_object(
    tmp_path, capsys
) -> None:
    path = write_json(tmp_path, "number.json", 42)

    assert main(["check", path]) == 1

    assert capsys.readouterr() == ("", f"{path}: (payload): Invalid input type.\n")


def test_check_never_echoes_secret_values(tmp_path, capsys) -> None:
    secret = "s3cr3t-token-value"
    payload = {
        "appAccessToken": [secret],
        "userSshKey": {"sshKey": {"key": secret}, "extra": secret},
    }
    path = write_json(tmp_path, "secret.json", payload)

    assert main(["check", path]) == 1

    out, err = capsys.readouterr()
    assert secret not in out + err
    assert err.splitlines() == [
        f"{path}: appAccessToken: Not a valid string.",
        f"{path}: userSshKey.sshKey: Not a valid string.",
        f"{path}: userSshKey.extra: Unknown field.",
    ]


def test_check_reads_stdin_for_a_dash(monkeypatch, capsys) -> None:
    feed_stdin(monkeypatch, FULL_PAYLOAD_TEXT)

    assert main(["check", "-"]) == 0

    assert capsys.readouterr() == ("<stdin>: OK (1 payload)\n", "")


def test_check_goes_on_after_a_bad_file_and_exits_with_the_worst_status(
    tmp_path, capsys
) -> None:
    good = write_json(tmp_path, "good.json", {"appName": "a"})
    bad = write_json(tmp_path, "bad.json", {"appName": 1})
    missing = str(tmp_path / "missing.json")

    assert main(["check", bad, missing, good]) == 2

    assert capsys.readouterr() == (
        f"{good}: OK (1 payload)\n",
        f"{bad}: appName: Not a valid string.\n"
        f"{missing}: cannot read: No such file or directory\n",
    )


def test_check_exits_1_when_only_payloads_are_invalid(tmp_path, capsys) -> None:
    good = write_json(tmp_path, "good.json", {"appName": "a"})
    bad = write_json(tmp_path, "bad.json", {"appName": 1})

    assert main(["check", good, bad]) == 1

    assert capsys.readouterr() == (
        f"{good}: OK (1 payload)\n",
        f"{bad}: appName: Not a valid string.\n",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty, no JSON value"),
        (b" \n\t\n", "empty, no JSON value"),
        (b'{"appName": ', "not JSON: Expecting value at line 1 column 13"),
        (
            b"{'appName': 'x'}",
            "not JSON: Expecting property name enclosed in double "
            "quotes at line 1 column 2",
        ),
        (b'{"appName": "x"} trailing', "not JSON: Extra data at line 1 column 18"),
        (b'{"healthStatus": NaN}', "not JSON: NaN is not a JSON value"),
        (b'{"healthStatus": -Infinity}', "not JSON: -Infinity is not a JSON value"),
        (b'{"appName": "\xff"}', "not UTF-8 text"),
        (
            b"[" * 100_000 + b"]" * 100_000,
            "not JSON this command reads: nested too deeply",
        ),
    ],
    ids=[
        "empty",
        "blank",
        "truncated",
        "single-quotes",
        "trailing-text",
        "nan",
        "infinity",
        "not-utf8",
        "deeply-nested",
    ],
)
def test_unreadable_input_gets_one_line_and_exit_2(
    tmp_path, capsys, content, message
) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)

    assert main(["check", str(path)]) == 2

    assert capsys.readouterr() == ("", f"{path}: {message}\n")


def test_a_missing_file_gets_one_line_and_exit_2(tmp_path, capsys) -> None:
    path = tmp_path / "missing.json"

    assert main(["check", str(path)]) == 2

    assert capsys.readouterr() == (
        "",
        f"{path}: cannot read: No such file or directory\n",
    )


def test_a_directory_gets_one_line_and_exit_2(tmp_path, capsys) -> None:
    assert main(["check", str(tmp_path)]) == 2

    assert capsys.readouterr() == ("", f"{tmp_path}: cannot read: Is a directory\n")


def test_a_byte_order_mark_is_not_an_error(tmp_path, capsys) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + FULL_PAYLOAD_TEXT.encode("utf-8"))

    assert main(["check", str(path)]) == 0

    assert capsys.readouterr() == (f"{path}: OK (1 payload)\n", "")


def test_unknown_keys_are_refused_by_default(tmp_path, capsys) -> None:
    path = write_json(tmp_path, "newer.json", PAYLOAD_WITH_UNKNOWN_KEYS)

    assert main(["check", path]) == 1

    assert capsys.readouterr() == (
        "",
        f"{path}: vmGroups.0.vms.0.uiTag: Unknown field.\n"
        f"{path}: exposedNodePorts: Unknown field.\n",
    )


def test_unknown_raise_is_the_default_spelled_out(tmp_path, capsys) -> None:
    path = write_json(tmp_path, "newer.json", PAYLOAD_WITH_UNKNOWN_KEYS)

    assert main(["check", "--unknown", "raise", path]) == 1

    out, err = capsys.readouterr()
    assert (out, len(err.splitlines())) == ("", 2)


@pytest.mark.parametrize("mode", ["include", "exclude"])
def test_check_accepts_unknown_keys_when_told_to(tmp_path, capsys, mode) -> None:
    path = write_json(tmp_path, "newer.json", PAYLOAD_WITH_UNKNOWN_KEYS)

    assert main(["check", "--unknown", mode, path]) == 0

    assert capsys.readouterr() == (f"{path}: OK (1 payload)\n", "")


def test_roundtrip_of_the_sample_prints_it_unchanged(capsys) -> None:
    assert main(["roundtrip"]) == 0

    assert capsys.readouterr() == (FULL_PAYLOAD_TEXT, "")


def test_roundtrip_keeps_integers_beyond_2_to_the_53(tmp_path, capsys) -> None:
    payload = {"appInstanceId": 2**53 + 1, "appUid": -(2**63)}
    path = write_json(tmp_path, "big.json", payload)

    assert main(["roundtrip", path]) == 0

    out, err = capsys.readouterr()
    assert (out, err) == (
        '{\n  "appInstanceId": 9007199254740993,\n'
        '  "appUid": -9223372036854775808\n}\n',
        "",
    )


def test_roundtrip_of_a_list_prints_a_list(tmp_path, capsys) -> None:
    path = write_json(tmp_path, "list.json", [{"appName": "a"}, {"settings": {}}])

    assert main(["roundtrip", path]) == 0

    assert capsys.readouterr() == (
        '[\n  {\n    "appName": "a"\n  },\n  {\n    "settings": {}\n  }\n]\n',
        "",
    )


def test_roundtrip_include_keeps_unknown_keys_where_they_were(
    monkeypatch, capsys
) -> None:
    feed_stdin(monkeypatch, json.dumps(PAYLOAD_WITH_UNKNOWN_KEYS))

    assert main(["roundtrip", "--unknown", "include", "-"]) == 0

    out, err = capsys.readouterr()
    assert (json.loads(out), err) == (PAYLOAD_WITH_UNKNOWN_KEYS, "")


def test_roundtrip_exclude_drops_unknown_keys_at_every_depth(
    monkeypatch, capsys
) -> None:
    feed_stdin(monkeypatch, json.dumps(PAYLOAD_WITH_UNKNOWN_KEYS))

    assert main(["roundtrip", "--unknown", "exclude", "-"]) == 0

    out, err = capsys.readouterr()
    expected = {"appName": "Scanner", "vmGroups": [{"vms": [{"name": "vm-0"}]}]}
    assert (json.loads(out), err) == (expected, "")


def test_roundtrip_of_an_invalid_payload_prints_only_the_errors(
    tmp_path, capsys
) -> None:
    path = write_json(tmp_path, "bad.json", INVALID_PAYLOAD)

    assert main(["roundtrip", path]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [f"{path}: {line}" for line in INVALID_PAYLOAD_ERRORS]


def test_roundtrip_of_an_unreadable_file_exits_2(tmp_path, capsys) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")

    assert main(["roundtrip", str(path)]) == 2

    assert capsys.readouterr() == ("", f"{path}: empty, no JSON value\n")


def test_openapi_prints_the_generated_document(capsys) -> None:
    assert main(["openapi"]) == 0

    out, err = capsys.readouterr()
    assert (json.loads(out), err) == (openapi_document(), "")


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        ([], "usage: appinstance [-h] COMMAND ...\n"),
        (["check", "--unknown", "keep"], "usage: appinstance check [-h] "),
        (["roundtrip", "a.json", "b.json"], "usage: appinstance [-h] COMMAND ...\n"),
        (["validate"], "usage: appinstance [-h] COMMAND ...\n"),
    ],
    ids=["no-command", "bad-unknown-mode", "two-files-to-roundtrip", "bad-command"],
)
def test_usage_errors_exit_2_with_the_usage_on_stderr(capsys, argv, usage) -> None:
    assert main(argv) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(usage)
    assert err.splitlines()[-1].startswith("appinstance")


def test_help_exits_0(capsys) -> None:
    assert main(["--help"]) == 0

    out, err = capsys.readouterr()
    assert out.startswith("usage: appinstance [-h] COMMAND ...\n")
    assert err == ""


def test_installed_package_runs_as_python_dash_m_with_its_sample(tmp_path) -> None:
    # Run away from the source tree, so that the installed package (with the
    # sample as package data) is the one imported.
    result = subprocess.run(
        [sys.executable, "-m", "schemas", "check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )

    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "<sample>: OK (1 payload)\n",
        "",
    )


def test_a_reader_that_goes_away_gets_no_traceback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "schemas", "roundtrip"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # before the child has started writing

    stderr = process.stderr.read()
    process.stderr.close()

    assert (process.wait(), stderr) == (141, b"")
