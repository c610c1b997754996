"""The README's example runs and prints what the README says it prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).parent.parent / "README.md"


def test_readme_example_prints_what_the_readme_says(capsys):
    if not README.exists():
        pytest.fail("README.md is missing from the source tree")
    text = README.read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    promised = re.search(r"prints `(.*?)`", text).group(1)

    exec(compile(code, "README.md", "exec"), {})

    assert len([line for line in code.splitlines() if line.strip()]) == 5
    assert capsys.readouterr().out == promised + "\n"
