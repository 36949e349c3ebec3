"""Helpers shared by the render tests (constants and the page-data reader)."""

from __future__ import annotations

import json
import re
from pathlib import Path

EVIL_SENTENCE = ('Rusia memasok senjata kepada Korea Utara </script><script>window.pwned=1</script> '
                 'dan <img src=x onerror="window.pwned=2"> & "kutipan" <b>tebal</b>.')
EVIL_LABEL = 'Korea <img src=y onerror="window.pwned=3">Utara'


def page_data(html_path: Path) -> dict:
    """The JSON the page embeds in <script id="kg-data">."""
    text = Path(html_path).read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert m, "the page embeds its data"
    return json.loads(m.group(1))
