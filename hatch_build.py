"""Build hook: compile the per-sentence stages with mypyc into the wheel.

Enabled by HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 (scripts/bootstrap sets it for `main` and
`bench`); an editable install is never compiled, so the sources a developer edits are the
ones that run. The compiled modules sit beside their sources in the wheel and are imported
in their place; they code every fixture identically (tests/test_compiled_build.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Where `renkei code` spends its time, sentence by sentence (README, "Speed")
COMPILED_PACKAGES = ("renkei/code", "renkei/segment")

# Run in a child process: mypyc drives setuptools' build_ext, which reads sys.argv.
# Everything it writes goes to the temporary folder, never into src/.
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

config, target, *modules = sys.argv[1:]
sys.argv[1:] = ["build_ext", "--build-lib", target + "/lib", "--build-temp", target + "/tmp"]
setup(
    name="renkei",
    ext_modules=mypycify(
        ["--config-file", config, *modules], target_dir=target + "/c", group_name="renkei"
    ),
)
"""


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        source = Path(self.root) / "src"
        modules = [
            path.relative_to(source).as_posix()
            for package in COMPILED_PACKAGES
            for path in sorted((source / package).glob("*.py"))
        ]
        self._target = Path(tempfile.mkdtemp(prefix="renkei-mypyc-"))
        subprocess.run(
            [
                sys.executable,
                "-c",
                _SETUP,
                str(Path(self.root) / "pyproject.toml"),
                str(self._target),
                *modules,
            ],
            cwd=source,
            env={**os.environ, "MYPY_CACHE_DIR": str(self._target / "cache")},
            check=True,
        )
        built = self._target / "lib"
        for library in built.rglob("*.so"):
            build_data["force_include"][str(library)] = library.relative_to(built).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if version != "editable":
            shutil.rmtree(self._target, ignore_errors=True)
