"""Source text as safe HTML: everything escaped, then a short whitelist of formatting restored.

Source text is data, never markup: a ``<script>`` in an article must reach the page as the
characters it is. Only emphasis (``*x*``, ``**x**``) and ``<sup>``/``<sub>`` without attributes
are kept as formatting, since pasted articles use them and they can carry nothing else.
"""

from __future__ import annotations

import functools
import html
import re

# an emphasised span is a phrase or a standfirst: bounded, so that an unclosed "**" cannot make
# every later one scan to the end of the text (quadratic on "**a " repeated)
_SPAN = 1000
_STRONG = re.compile(rf"\*\*(?=\S)(.{{1,{_SPAN}}}?)(?<=\S)\*\*")
_EM = re.compile(rf"(?<![\w*])\*(?=[^\s*])(.{{1,{_SPAN}}}?)(?<=[^\s*])\*(?![\w*])")
_PLAIN_STRONG = re.compile(rf"\*\*(.{{1,{_SPAN}}}?)\*\*")
_PLAIN_EM = re.compile(rf"(?<![\w*])\*([^*]{{1,{_SPAN}}})\*(?![\w*])")
_SUP = re.compile(r"&lt;(sup|sub)&gt;(.{1,40}?)&lt;/\1&gt;")
_ESCAPED = re.compile(r"\\([\\$*_`\[\]#])")


# html.escape(quote=True), plus the characters Markdown and Jinja read as syntax, in one C pass
_ESC = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#x27;",
        "{": "&#123;",
        "}": "&#125;",
        "`": "&#96;",
        "\\": "&#92;",
    }
)


def esc(text: str) -> str:
    """Escape for HTML text and attribute values; also defuse Markdown's and Jinja's syntax.

    A page is Markdown with raw HTML blocks; inside those, Python-Markdown leaves text alone,
    but the characters below are encoded anyway so that no later stage can read them as syntax.
    """
    # names, dates, labels and links recur on every page: the short ones are escaped once
    return _esc_short(text) if len(text) <= _SHORT else _esc(text)


_SHORT = 120


def _esc(text: str) -> str:
    # str.replace is done in C at memory speed; translate looks each character up in a dict,
    # several times slower on the long quotes of the exports. "&" first: the others add one
    for char, entity in _ESC_ORDER:
        if char in text:
            text = text.replace(char, entity)
    return text


_ESC_ORDER = tuple((chr(c), e) for c, e in _ESC.items())  # "&" is first (dicts keep their order)
_esc_short = functools.lru_cache(maxsize=65536)(_esc)


def inline(text: str) -> str:
    """A source's sentence or paragraph as safe HTML with its emphasis kept."""
    text = _ESCAPED.sub(lambda m: "\x00" + str(ord(m.group(1))) + "\x01", text)
    out = html.escape(text, quote=True)
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    out = _EM.sub(r"<em>\1</em>", out)
    out = _SUP.sub(r"<\1>\2</\1>", out)
    out = out.replace("{", "&#123;").replace("}", "&#125;").replace("`", "&#96;").replace("\\", "&#92;")
    return re.sub("\x00(\\d+)\x01", lambda m: f"&#{m.group(1)};", out)


def plain(text: str) -> str:
    """Source text with Markdown emphasis and escapes removed, for titles and summaries."""
    text = _ESCAPED.sub(r"\1", text)
    text = _PLAIN_STRONG.sub(r"\1", text)
    text = _PLAIN_EM.sub(r"\1", text)
    return re.sub(r"</?su[pb]>", "", text)


def md_text(text: str) -> str:
    """Plain text safe inside Markdown (a heading or a link label): HTML-escaped, syntax backslashed."""
    out = esc(text)
    return re.sub(r"([\\`*_\[\]()#+!|~<>-])", r"\\\1", out).replace("\n", " ")
