"""JUnit XML, the test-report format CI systems read (Jenkins, GitLab, GitHub Actions reporters).

One ``<testsuite>`` with a ``<testcase>`` per check; a failed check carries a
``<failure message=...>`` with the details as its text, a skipped one a
``<skipped>``. Written with the standard library's ElementTree, atomically.
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from headprog.io import atomic_path

__all__ = ["JUnitCase", "junit_xml", "write_junit"]


@dataclass(frozen=True)
class JUnitCase:
    """One test case: passed unless ``failure`` (or ``skipped``) is set."""

    name: str
    classname: str
    time: float = 0.0
    failure: str | None = None  # one-line message
    details: str = ""  # the failure's text
    skipped: str | None = None


def junit_xml(suite: str, cases: Sequence[JUnitCase], *, time: float = 0.0, properties: dict[str, str] | None = None) -> bytes:
    """The XML document of one test suite."""
    root = ET.Element(
        "testsuite",
        name=suite,
        tests=str(len(cases)),
        failures=str(sum(c.failure is not None for c in cases)),
        errors="0",
        skipped=str(sum(c.skipped is not None and c.failure is None for c in cases)),
        time=f"{time:.3f}",
        timestamp=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"),
    )
    if properties:
        props = ET.SubElement(root, "properties")
        for key, value in properties.items():
            ET.SubElement(props, "property", name=key, value=str(value))
    for case in cases:
        node = ET.SubElement(root, "testcase", name=case.name, classname=case.classname, time=f"{case.time:.3f}")
        if case.failure is not None:
            ET.SubElement(node, "failure", message=case.failure, type="drift").text = case.details or case.failure
        elif case.skipped is not None:
            ET.SubElement(node, "skipped", message=case.skipped)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write_junit(path: str | Path, suite: str, cases: Sequence[JUnitCase], **kwargs) -> Path:
    """Write :func:`junit_xml` to ``path`` atomically."""
    path = Path(path)
    with atomic_path(path, mode=0o644) as tmp:
        tmp.write_bytes(junit_xml(suite, cases, **kwargs))
    return path
