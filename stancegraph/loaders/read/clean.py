"""Decoding and cleaning article text without moving offsets.

Everything downstream (mentions, statements, relations) points into ``Article.text`` with
character offsets, and the evaluation reads plain ``.txt`` files itself and compares offsets.
So for text a user can point at (a ``.txt``/``.md`` file, a JSON/CSV text field) the cleaned
text has **exactly the same length and line structure** as the decoded input:

* page furniture (image and link-only lines, share/subscribe lines, contact and byline
  lines, the footer block after the story) is *blanked*: every character of the line except
  the newline becomes a space;
* unusual whitespace (no-break space, thin space, zero-width space, BOM, ...) becomes one
  ASCII space, and line/paragraph separators become ``"\\n"`` (one character for one);
* quote characters are **kept as written** (curly quotes carry open/close information that
  the quote extractor uses); they are folded only in the identity key, so the same story
  typed with straight or curly quotes is still one article.

Newlines are read the way Python's ``open(path, encoding=...)`` reads them (``\\r\\n`` and
``\\r`` become ``\\n``): that is what "the file's text as read" means for the evaluation.

Text the loader produces itself (the main text extracted from an HTML page or a feed entry)
has no offsets anyone else relies on, so there furniture lines are removed outright.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Optional

# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

#: Bytes cp1252 leaves undefined: their presence means the guess is wrong.
_CP1252_HOLES = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


class NotText(ValueError):
    """The bytes are not text (binary file, empty, undecodable)."""


def sniff_binary(raw: bytes) -> Optional[str]:
    """A short description if ``raw`` looks binary, else None."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return what
    head = raw[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return "binary data"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls / len(head) > 0.05:
        return "binary data"
    return None


def decode_bytes(raw: bytes, declared: Optional[str] = None) -> tuple[str, str]:
    """Decode ``raw`` to text, returning ``(text, encoding)``.

    Order: a byte-order mark; strict UTF-8; the declared charset (HTTP header, ``<meta>``);
    cp1252 when only a few bytes are non-ASCII; charset-normalizer; cp1252 with replacement.

    The cp1252 step fixes an observed failure: BBC ``sport/199.txt`` is Latin-1 with a single
    ``£`` byte, and charset-normalizer's best guess for it is cp932 (Japanese), which turns
    the pound sign into a half-width katakana bracket.
    A BOM is decoded as the character U+FEFF (later blanked to a space), as Python's
    ``open(encoding="utf-8")`` does, so offsets match the file as read.
    """
    what = sniff_binary(raw)
    if what:
        raise NotText(f"binary file, not text ({what})")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            if encoding == "utf-8":
                return raw.decode("utf-8", errors="replace"), "utf-8"
            return raw.decode(encoding, errors="replace"), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codecs.lookup(declared)
            return raw.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    high = sum(1 for b in raw if b >= 0x80)
    if high <= max(8, len(raw) // 50) and not _CP1252_HOLES.search(raw):
        return raw.decode("cp1252"), "cp1252"
    try:
        import charset_normalizer

        best = charset_normalizer.from_bytes(raw).best()
    except ImportError:  # pragma: no cover - declared dependency
        best = None
    if best is not None:
        return str(best), best.encoding
    return raw.decode("cp1252", errors="replace"), "cp1252"


def utf8_prefix_ok(raw: bytes) -> bool:
    """Whether ``raw`` (a prefix of a file, possibly cut mid-character) is valid UTF-8."""
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start >= len(raw) - 3 and exc.reason == "unexpected end of data"


# ------------------------------------------------------------------- 1:1 normalising

_SPACE_CHARS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff\u00ad\x0b\x0c"
) + "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r\x0b\x0c") + "\x7f"
_ONE_FOR_ONE = str.maketrans({**{c: " " for c in _SPACE_CHARS}, "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})

_QUOTE_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


def normalise_newlines(text: str) -> str:
    """Newlines as Python's text mode reads them (universal newlines)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def normalise_chars(text: str) -> str:
    """Map odd whitespace and control characters to a space, one character for one."""
    return text.translate(_ONE_FOR_ONE)


def fold_quotes(text: str) -> str:
    """Curly quotes, guillemets and dashes to ASCII, one character for one.

    Article.text keeps the quotes as written; an extractor that wants a uniform view can
    run this on it without changing any offset.
    """
    return text.translate(_QUOTE_FOLD)


def identity_text(text: str) -> str:
    """What the article id is computed from (``Article.make_id`` then collapses whitespace
    and case): the cleaned text with quotes and dashes folded and the ellipsis spelled out."""
    return fold_quotes(text).replace("\u2026", "...")


# ----------------------------------------------------------------------- furniture

# Every pattern here runs on untrusted lines of any length, so each is written to match in
# linear time: no two ways to split the same text (see docs/reliability.md, input limits).
_BRACKETED = r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]"  # alt text may hold one level of [brackets]
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
_IMAGE = rf"!{_BRACKETED}{_TARGET}"
_LINK = rf"{_BRACKETED}{_TARGET}"
_URL = r"(?:https?://|www\.)\S+(?!\S)"
_ANGLE_URL = r"<(?:https?://|www\.)[^\s<>]+>"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

#: A line made only of images, links and bare URLs (with separators): the seed's footer.
_MEDIA_LINE = re.compile(rf"^[\s|·•,;:>*-]*(?:(?:{_IMAGE}|{_LINK}|{_ANGLE_URL}|{_URL})[\s|·•,;:*-]*)+$")
_INLINE_IMAGE = re.compile(_IMAGE)

#: Share / subscribe / advert lines: the whole (short) line must match, so that
#: "Shares in Time Warner rose 5%" is never taken for a share button.
_CHROME_LINE = re.compile(
    r"^(?:share(?: this)?(?: (?:article|story|page|post))?(?: on \w+)?"
    r"|(?:share|tweet|post) (?:on|to|via) \w+"
    r"|(?:facebook|twitter|x|whatsapp|linkedin|reddit|email|e-mail|print|copy link|messenger)"
    r"(?:\s*[|/·•,]?\s*(?:facebook|twitter|x|whatsapp|linkedin|reddit|email|e-mail|print|copy link|messenger))+"
    r"|subscribe(?: now| today| here| for free)?(?: to (?:our|the) [\w\s'’-]{1,40})?"
    r"|sign up(?: now| here| today)?(?: (?:for|to) (?:our|the) [\w\s'’-]{0,30}newsletters?[\w\s'’-]{0,30})?"
    r"|(?:get|join) (?:our|the) [\w\s'’-]{0,30}newsletters?[\w\s'’-]{0,30}"
    r"|follow us(?: on [\w\s,&]{1,40})?|follow @\w+"
    r"|advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?"
    r"|read more(?: here)?|read (?:the )?full (?:story|article)|continue reading"
    r"|related(?: articles| stories| content| topics| coverage| news| links)?"
    r"|more on this story|recommended(?: stories)?|most read|top stories|you may also like"
    r"|click here\b.{0,60}|skip to (?:main )?content|back to top"
    r"|(?:copyright\s*)?(?:©|\(c\))\s*.{0,80}|copyright \d{4}\b.{0,70}|all rights reserved"
    r"|the post .{1,200} appeared first on .{1,80}"
    r"|(?:tel|phone|fax|e-?mail|contact)\s*[:.]\s*.{1,80}"
    r")[\s.:!»›>|]*$",
    re.IGNORECASE,
)

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|den|da|di|du|le|la|al|bin|el))*"
_NAMES = rf"{_NAME}(?:(?:\s*[,&/]\s*|\s+and\s+){_NAME})*"
#: "By Jane Roe", "By JANE ROE and John Doe, BBC News", "Reporting by Jane Roe; Editing by ..."
_BYLINE = re.compile(
    rf"^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Rr]eported by)\s+({_NAMES})"
    r"(?:\s*[,;|–—-]\s*[^.!?]{0,80})?\.?$"
)
#: "Washington= Sang-eun Lee / Beijing= Eun-jung Kim correspondents selee@hankyung.com"
#: (the seed's sign-off): dateline prefixes "City=" and role words around the names.
_SIGNOFF_PLACE = re.compile(r"\b[A-Z][\w .-]{0,30}=\s*")
_SIGNOFF_ROLE = re.compile(
    r"\b(?:staff )?(?:correspondents?|reporters?|writers?|editors?|journalists?|staff)\b", re.I
)

#: A sentence-like line: ends with terminal punctuation (optionally followed by a quote).
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")


@dataclass
class Cleaned:
    """Result of :func:`clean_text`."""

    text: str
    title: str = ""
    byline: Optional[str] = None
    furniture: int = 0  # number of lines blanked or dropped
    front_matter: Optional[dict] = None


def _words(line: str) -> int:
    return len(line.split())


def _byline_from_signoff(line: str) -> Optional[str]:
    rest = " ".join(_EMAIL.sub(" ", line).split())  # single spaces: the split below scans runs
    rest = _SIGNOFF_PLACE.sub(" ", rest)
    rest = _SIGNOFF_ROLE.sub(" ", rest)
    parts = [" ".join(p.split()) for p in re.split(r"\s*[/,;|]\s*|\s+and\s+", rest)]
    names = [p for p in parts if p and re.fullmatch(_NAME, p) and _words(p) <= 4]
    return ", ".join(names) or None


def _match_byline(line: str) -> Optional[str]:
    if _words(line) > 14:  # before the pattern: a long line of names and commas is slow to fail
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    names = m.group(1)
    if any(ch.isdigit() for ch in names):
        return None
    return re.sub(r"\s*(?:/|&| and )\s*", ", ", " ".join(names.split()))


def _is_media_line(line: str) -> bool:
    return bool(_MEDIA_LINE.match(line))


def _is_chrome_line(line: str) -> bool:
    return len(line) <= 240 and bool(_CHROME_LINE.match(line))


def _is_contact_line(line: str) -> bool:
    return "@" in line and _words(line) <= 25 and bool(_EMAIL.search(line))


# Markdown syntax that can be blanked in place (same length).
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_QUOTE = re.compile(r"^(\s{0,3}>\s?)+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")  # bounded: no scan to the line end per '**'
_MD_LINK = re.compile(rf"(?<!!)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]{_TARGET}")
_FRONT_MATTER = re.compile(r"\A(---[ \t]*\n)(.*?\n)(---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


def _markdown_inline(line: str) -> str:
    """Blank Markdown markup inside a kept line, keeping the words where they are."""
    m = _MD_HEADING.match(line)
    if m:
        start, end = m.end(), len(line.rstrip())
        closing = line[start:end].rstrip("#")  # an optional closing "###" after a space
        if closing != line[start:end] and (not closing or closing[-1].isspace()):
            end = start + len(closing.rstrip())
        line = _blank(line[:start]) + line[start:end] + _blank(line[end:])
    m = _MD_QUOTE.match(line)
    if m:
        line = _blank(m.group(0)) + line[m.end():]
    line = _INLINE_IMAGE.sub(lambda mm: _blank(mm.group(0)), line)
    line = _MD_LINK.sub(lambda mm: " " + mm.group(1) + _blank(mm.group(0)[len(mm.group(1)) + 1:]), line)
    line = _MD_EMPHASIS.sub(lambda mm: _blank(mm.group(1)) + mm.group(2) + _blank(mm.group(1)), line)
    return line


def parse_front_matter(block: str) -> dict:
    """``key: value`` lines of a YAML front-matter block (flat keys only; no YAML library)."""
    meta: dict = {}
    for line in block.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if m and m.group(2):
            value = m.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            meta[m.group(1).lower()] = value
    return meta


def clean_text(text: str, *, markdown: bool = False, keep_offsets: bool = True) -> Cleaned:
    """Clean decoded article text.

    With ``keep_offsets`` (the default, used for text a user can point at) the result has the
    same length as ``text`` and furniture is blanked; without it furniture lines are dropped
    and runs of blank lines collapsed. The title is the first story line (a Markdown heading
    or front-matter ``title`` wins); a byline found in a byline or sign-off line is returned
    as metadata and the line is blanked.
    """
    text = normalise_chars(normalise_newlines(text))
    front: Optional[dict] = None
    if markdown:
        m = _FRONT_MATTER.match(text)
        if m:
            front = parse_front_matter(m.group(2))
            text = _blank(m.group(0)) + text[m.end():]
    lines = text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    title_index = nonblank[0] if nonblank else None
    furniture, byline = _furniture(lines, nonblank, title_index)
    # The first non-furniture line is the title, unless that would leave no story at all.
    kept = [i for i in nonblank if not furniture[i]]
    if not kept and title_index is not None and not _is_media_line(lines[title_index].strip()):
        furniture[title_index] = False
        kept = [title_index]
    cleaned = _story(lines, furniture, markdown=markdown, keep_offsets=keep_offsets)
    title = _title(lines, kept, front, markdown=markdown)
    return Cleaned(cleaned, shorten_title(title), byline, sum(furniture), front)


def _furniture(lines: list[str], nonblank: list[int], title_index: Optional[int]) -> tuple[list[bool], Optional[str]]:
    """Which lines are page furniture (media, chrome, contact, byline, footer lines), and
    the first byline found in them."""
    furniture = [False] * len(lines)
    bylines: list[Optional[str]] = []
    for pos, i in enumerate(nonblank):
        line = lines[i].strip()
        if _is_media_line(line) or _is_chrome_line(line):
            furniture[i] = True
        elif _is_contact_line(line):
            furniture[i] = True
            bylines.append(_byline_from_signoff(line))
        elif i != title_index and (pos <= 4 or pos >= len(nonblank) - 5):
            found = _match_byline(line)
            if found:
                furniture[i] = True
                bylines.append(found)
    # The footer block: walking up from the end, short lines without sentence punctuation
    # (the seed's "Korea Economic Daily") are furniture when furniture lies below them.
    seen_furniture = False
    for i in reversed(nonblank):
        line = lines[i].strip()
        if furniture[i]:
            seen_furniture = True
            continue
        if seen_furniture and i != title_index and _words(line) <= 6 and not _SENTENCE_END.search(line):
            furniture[i] = True
            continue
        break
    return furniture, next((b for b in bylines if b), None)


def _story(lines: list[str], furniture: list[bool], *, markdown: bool, keep_offsets: bool) -> str:
    """The text without its furniture: blanked in place, or dropped with blank runs collapsed."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if furniture[i]:
            if keep_offsets:
                out.append(" " * len(line))
            continue
        if markdown:
            line = _markdown_inline(line)
        out.append(line if keep_offsets else " ".join(line.split()))
    cleaned = "\n".join(out)
    if not keep_offsets:
        cleaned = re.sub(r"\n{3,}", "\n\n", cleaned).strip()
    return cleaned


def _title(lines: list[str], kept: list[int], front: Optional[dict], *, markdown: bool) -> str:
    """Front-matter ``title``, else the first Markdown heading, else the first story line."""
    if front and front.get("title"):
        return front["title"]
    heading = None
    if markdown:
        heading = next((lines[i] for i in kept if _MD_HEADING.match(lines[i])), None)
    if heading is not None:
        return " ".join(_markdown_inline(heading).split())
    if kept:
        first = lines[kept[0]]
        return " ".join((_markdown_inline(first) if markdown else first).split())
    return ""


def shorten_title(title: str, limit: int = 200) -> str:
    """A first line that is really a paragraph (no title line) is cut at its first sentence."""
    if len(title) <= limit:
        return title
    m = re.match(r"(.{20,%d}?[.!?])\s" % limit, title)
    return m.group(1) if m else title[:limit].rsplit(" ", 1)[0] + "…"


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content, a JSON field holding HTML).

    Block elements become line breaks; scripts, styles, figures and images are dropped.
    """
    import html as htmllib

    from lxml import html as lxml_html
    from lxml.etree import ParserError

    if not fragment or not fragment.strip():
        return ""
    marked = re.sub(r"(?i)<(?:br\s*/?|/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|section|article|pre|figure)\b[^<>]*)>",
                    lambda m: m.group(0) + "\n", fragment)
    try:
        root = lxml_html.fragment_fromstring(marked, create_parent="div")
    except (ParserError, ValueError):
        return htmllib.unescape(re.sub(r"<[^<>]+>", " ", fragment))
    for bad in root.xpath(".//script|.//style|.//figure|.//img|.//noscript|.//iframe"):
        bad.drop_tree()
    return root.text_content()


_ENGLISH = frozenset(
    "the of and to in a is that for it on was with as he said by at from his be have has "
    "are an but not they were their this which been will would who had its more after".split()
)


def guess_language(text: str) -> Optional[str]:
    """``"en"`` when the text is clearly English, else None (no language model offline)."""
    words = re.findall(r"[a-z]+", text[:4000].lower())
    if len(words) < 8:
        return None
    share = sum(1 for w in words if w in _ENGLISH) / len(words)
    return "en" if share >= 0.12 else None
