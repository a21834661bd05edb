"""The citation downloads made from an article's CSL-JSON record (cite.csl_record): BibTeX and RIS.
What the record lacks is left out, never filled in."""

from __future__ import annotations

import re
from typing import Any


# --- BibTeX -----------------------------------------------------------------------------------

BIBTEX_SPECIAL = re.compile(r"[\\{}&%$#_~^]")
BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def bibtex_text(value: str) -> str:
    return BIBTEX_SPECIAL.sub(lambda m: BIBTEX_REPLACE.get(m.group(0), "\\" + m.group(0)), value)


def bibtex_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return "{" + bibtex_text(name["literal"]) + "}"
    return f"{bibtex_text(name['family'])}, {bibtex_text(name['given'])}"


def bibtex(record: dict[str, Any]) -> str:
    """One biblatex entry, the key the article id: @article with journaltitle = the outlet and
    entrysubtype newspaper (biblatex's news article) when the outlet is known, else @online. urldate
    is the day the archive took the text in (record["accessed"]), when there is one."""
    entry_type = "article" if "container-title" in record else "online"
    fields: list[tuple[str, str]] = [("title", "{" + bibtex_text(record["title"]) + "}")]
    if "author" in record:
        fields.append(("author", " and ".join(bibtex_name(n) for n in record["author"])))
    if "issued" in record:
        fields.append(("date", iso_date(record["issued"])))
    if "container-title" in record:
        fields += [("journaltitle", bibtex_text(record["container-title"])), ("entrysubtype", "newspaper")]
    if "language" in record:
        fields.append(("langid", bibtex_text(record["language"])))
    fields.append(("url", record["URL"]))
    if "accessed" in record:
        fields.append(("urldate", iso_date(record["accessed"])))
    fields.append(("note", bibtex_text(f"Archived in {record['archive']}" + (f"; {record['note']}" if "note" in record else ""))))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{record['id']},\n{body}\n}}\n"


def iso_date(date: dict[str, Any]) -> str:
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(date["date-parts"][0]))


# --- RIS --------------------------------------------------------------------------------------


def ris_value(value: str) -> str:
    return " ".join(value.split())  # RIS is one line per tag


def ris(record: dict[str, Any]) -> str:
    lines = ["TY  - NEWS", f"ID  - {record['id']}", f"TI  - {ris_value(record['title'])}"]
    for name in record.get("author", []):
        lines.append("AU  - " + ris_value(name.get("literal") or f"{name['family']}, {name['given']}"))
    if "issued" in record:
        parts = record["issued"]["date-parts"][0]
        lines.append(f"PY  - {parts[0]}")
        lines.append("DA  - " + "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)))
    if "container-title" in record:
        lines.append(f"T2  - {ris_value(record['container-title'])}")
    if "language" in record:
        lines.append(f"LA  - {record['language']}")
    lines.append(f"UR  - {record['URL']}")
    if "accessed" in record:
        lines.append("Y2  - " + iso_date(record["accessed"]).replace("-", "/"))  # access date: the archive's
    lines.append(f"DB  - {ris_value(record['archive'])}")
    if "note" in record:
        lines.append(f"N1  - {ris_value(record['note'])}")
    lines.append("ER  - ")
    return "\r\n".join(lines) + "\r\n"
