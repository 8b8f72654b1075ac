"""The licence setup.cfg declares is the one that ships: LICENSE in the package metadata."""
from __future__ import annotations

import configparser
import importlib.metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_license_file_is_the_declared_mit_licence():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    assert cfg["metadata"]["license"] == "MIT"
    assert cfg["metadata"]["license_files"].split() == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c) 2026 the stancegraph authors" in text


def test_installed_metadata_carries_the_license_file():
    """dev/test.sh installs the checkout: its metadata must name and include LICENSE."""
    dist = importlib.metadata.distribution("stancegraph")
    assert dist.metadata["License"] == "MIT"
    assert dist.metadata.get_all("License-File") == ["LICENSE"]
    shipped = [f for f in dist.files or [] if f.name == "LICENSE"]
    assert shipped and shipped[0].read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(encoding="utf-8")
