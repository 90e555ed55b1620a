"""The wheel that `scripts/bootstrap main|bench` installs has its coder compiled by mypyc
(hatch_build.py). It must code every fixture exactly as the sources the other tests run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import renkei

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
TEXTS = sorted({*FIXTURES.glob("**/docs/*.txt"), *(FIXTURES / "dev").glob("*.txt")})

# Run with the unpacked wheel first on the path, ahead of the editable sources
_CODE_EACH_PATH = """
import json, sys
import renkei, renkei.code.acts
assert renkei.code.acts.__file__.endswith(".so"), renkei.code.acts.__file__
for path in sys.stdin.read().splitlines():
    print(json.dumps(renkei.code_file(path).records(), ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        env={**os.environ, "HATCH_BUILD_HOOK_ENABLE_CUSTOM": "1"},
        check=True,
    )
    (wheel,) = out.glob("renkei-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(out / "site")
    return out / "site"


def test_the_wheel_holds_every_coder_and_segmenter_module_compiled(unpacked_wheel: Path) -> None:
    sources = {
        path.relative_to(ROOT / "src").with_suffix("").as_posix()
        for package in ("code", "segment")
        for path in (ROOT / "src" / "renkei" / package).glob("*.py")
    }
    compiled = {
        path.relative_to(unpacked_wheel).as_posix().split(".")[0]
        for path in unpacked_wheel.glob("renkei/*/*.so")
    }
    assert sources == compiled


def test_the_compiled_coder_codes_every_fixture_as_the_sources_do(unpacked_wheel: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", _CODE_EACH_PATH],
        input="\n".join(map(str, TEXTS)),
        env={**os.environ, "PYTHONPATH": str(unpacked_wheel)},
        capture_output=True,
        text=True,
        check=True,
    )
    compiled = run.stdout.splitlines()
    assert len(compiled) == len(TEXTS) > 1000
    for path, line in zip(TEXTS, compiled, strict=True):
        assert json.loads(line) == renkei.code_file(path).records(), path.name
