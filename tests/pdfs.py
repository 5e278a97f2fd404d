"""Minimal PDF files for the tests, written by hand so that no PDF writer is needed."""
from __future__ import annotations


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF of the numbered objects (1 is the catalog), with its cross-reference table and trailer."""
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return data
