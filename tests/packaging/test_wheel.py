"""The installed package works on its own: build the wheel, install it into a fresh virtual
environment, and run the analyzer from another folder (no source checkout on the path)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        timeout=300,
    )
    (built,) = out.glob("analyzer-*.whl")
    return built


def test_wheel_carries_the_runtime_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "analyzer/_corpora/instruments.yaml",
        "analyzer/_corpora/dict/jieba_fin.txt",
        "analyzer/_corpora/patterns/quantities.yaml",
        "analyzer/_corpora/patterns/metrics.yaml",
        "analyzer/_corpora/patterns/time.yaml",
        "analyzer/_corpora/patterns/structure.yaml",
        "analyzer/_corpora/dict/common_hanzi.txt",
        "analyzer/_corpora/master/a_shares.csv",
        "analyzer/_corpora/master/sources.yaml",
        "analyzer/_corpora/master/name_shapes.yaml",
        "analyzer/_corpora/master/leading_verbs.txt",
        "analyzer/_corpora/master/PROVENANCE.md",
    ):
        assert required in names, required


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path, sample_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # reuse the test environment's dependencies through a path entry placed after the new
    # environment's own site-packages, so the analyzer itself comes only from the wheel
    own_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(own_site, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            "--force-reinstall",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run(
        [str(python), "-c", "import analyzer, sys; print(analyzer.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
        env=clean_env,
    ).stdout.strip()
    assert str(env_dir) in where, f"analyzer imported from {where}, not the installed wheel"
    licence = subprocess.run(
        [str(python), "-c", "from analyzer.master import master_provenance as p; print(p()[0].licence)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
        env={**clean_env, "ANALYZER_MASTER_DIR": str(tmp_path / "no-imports")},
    ).stdout
    assert "CC BY 4.0" in licence
    proc = subprocess.run(
        [str(env_dir / "bin" / "analyzer"), "extract", str(sample_path), "-f", "json"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
        env=clean_env,
    )
    assert proc.returncode == 0, proc.stderr
    (doc,) = json.loads(proc.stdout)
    assert any(c["metric"] == "return" and c["value"] == "77.84" for c in doc["claims"])
