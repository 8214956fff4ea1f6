"""Catalogue distribution: the county's standard catalogue and role templates as a file.

The file format is the one of the starter catalogue (``resources/catalogue.json``, format
``kompetansekart-katalog`` version 1) plus a checksum, a creation time and the source. Import
matches categories, competences and roles by UUID (a local item with the same name but another
UUID can be *linked*); new items are added, changed ones are updated only with the office's
consent, and items only the office has are kept. `diff` says what an import would do, so the
window can show it before anything is written (services.sharing.import_catalogue writes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kompetansekart import __version__
from kompetansekart.domain.models import Component
from kompetansekart.exchange import jsonfile
from kompetansekart.exchange.jsonfile import FileRefused
from kompetansekart.storage.officefile import OfficeFile

FORMAT = "kompetansekart-katalog"
VERSION = 1
WHAT = "katalogfil"
OTHER_FORMATS = {"kompetansekart-deling": "oppsummering fra et kontor (.kkdel)"}
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}$")
COMPONENT_LABELS = {"knowledge": "kunnskap", "skill": "ferdighet", "attitude": "holdning"}


# -- export ----------------------------------------------------------------------------------


def build(office: OfficeFile, name: str | None = None,
          now: datetime | None = None) -> dict[str, Any]:
    """The catalogue document of an office: scale, categories, competences, roles."""
    q = office.query
    office_name = q("SELECT name FROM office ORDER BY id LIMIT 1")
    source = office_name[0][0] if office_name else ""
    comp_by_cat: dict[int, list[dict[str, Any]]] = {}
    comp_uuid: dict[int, str] = {}
    for cid, uuid, cname, cat, component, desc in q(
            "SELECT id, uuid, name, category_id, component, description FROM competence "
            "ORDER BY category_id, position, name"):
        comp_uuid[cid] = uuid
        comp_by_cat.setdefault(cat, []).append(
            {"uuid": uuid, "name": cname, "component": component, "description": desc or ""})
    categories = [{"uuid": uuid, "name": cname, "competences": comp_by_cat.get(cid, [])}
                  for cid, uuid, cname in q("SELECT id, uuid, name FROM category "
                                            "ORDER BY position, name")]
    reqs: dict[int, list[dict[str, Any]]] = {}
    for rid, cid, level in q("SELECT role_id, competence_id, level FROM rolerequirement "
                             "ORDER BY role_id, competence_id"):
        reqs.setdefault(rid, []).append({"competence": comp_uuid[cid], "level": level})
    roles = [{"uuid": uuid, "name": rname, "description": desc or "",
              "requirements": reqs.get(rid, [])}
             for rid, uuid, rname, desc in q("SELECT id, uuid, name, description FROM role "
                                             "ORDER BY name")]
    scale = [{"level": lvl, "label": label, "description": desc or ""}
             for lvl, label, desc in q("SELECT level, label, description FROM scalelevel "
                                       "ORDER BY level")]
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": name or f"Kompetansekatalog fra {source}",
        "source": source,
        "created_at": (now or datetime.now(UTC)).replace(microsecond=0).isoformat(),
        "program": f"Kompetansekart {__version__}",
        "scale": scale,
        "categories": categories,
        "roles": roles,
    }


def write(office: OfficeFile, target: Path, name: str | None = None) -> bytes:
    """Write the office's catalogue to `target`; returns the bytes written."""
    data = jsonfile.dump(build(office, name))
    jsonfile.write_bytes(target, data)
    return data


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompetenceEntry:
    """A competence in a catalogue file."""

    uuid: str
    name: str
    category_uuid: str
    component: str
    description: str


@dataclass(frozen=True)
class RoleEntry:
    """A role template in a catalogue file."""

    uuid: str
    name: str
    description: str
    requirements: tuple[tuple[str, int], ...]  # (competence uuid, level)


@dataclass
class CatalogueDoc:
    """A verified catalogue file."""

    source: Path
    name: str
    scale: dict[int, tuple[str, str]]
    categories: list[tuple[str, str]]  # (uuid, name) in order
    competences: list[CompetenceEntry]
    roles: list[RoleEntry]


def read(path: Path) -> CatalogueDoc:
    """Read and verify a catalogue file; FileRefused says why it cannot be used."""
    doc = jsonfile.load(path, FORMAT, VERSION, WHAT, OTHER_FORMATS)
    try:
        return _parse(doc, path)
    except KeyError as exc:
        raise FileRefused(f"«{path.name}» har et ugyldig innhold (mangler feltet «{exc.args[0]}») "
                          "og kan ikke brukes. Be om å få katalogen laget og sendt på nytt."
                          ) from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise FileRefused(f"«{path.name}» har et ugyldig innhold ({exc}) og kan ikke brukes. "
                          "Be om å få katalogen laget og sendt på nytt.") from exc


def _text(value: Any, what: str, max_length: int = 120) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} mangler")
    text = " ".join(value.split())
    if not text or len(text) > max_length:
        raise ValueError(f"{what} er tomt eller for langt")
    return text


def _uuid(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise ValueError(f"{what} har ingen gyldig UUID")
    return value.lower()


def _level(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4:
        raise ValueError(f"{what}: nivået må være 0–4")
    return value


def _parse(doc: dict[str, Any], path: Path) -> CatalogueDoc:
    scale = {}
    for s in doc.get("scale", []):
        scale[_level(s["level"], "skala")] = (_text(s["label"], "nivåtekst", 40),
                                              str(s.get("description", "")))
    categories: list[tuple[str, str]] = []
    competences: list[CompetenceEntry] = []
    seen: set[str] = set()
    names: set[str] = set()
    for cat in doc["categories"]:
        cat_uuid = _uuid(cat["uuid"], "en kategori")
        cat_name = _text(cat["name"], "kategorinavn")
        if cat_uuid in seen:
            raise ValueError(f"kategorien «{cat_name}» står to ganger")
        seen.add(cat_uuid)
        categories.append((cat_uuid, cat_name))
        for comp in cat["competences"]:
            cname = _text(comp["name"], "kompetansenavn")
            cuuid = _uuid(comp["uuid"], f"«{cname}»")
            if cuuid in seen or cname.lower() in names:
                raise ValueError(f"kompetansen «{cname}» står to ganger")
            seen.add(cuuid)
            names.add(cname.lower())
            component = comp.get("component", Component.KNOWLEDGE.value)
            if component not in COMPONENT_LABELS:
                raise ValueError(f"«{cname}» har ukjent type «{component}»")
            description = comp.get("description", "")
            if not isinstance(description, str):
                raise ValueError(f"«{cname}» har ugyldig beskrivelse")
            competences.append(CompetenceEntry(cuuid, cname, cat_uuid, component,
                                               description.strip()))
    known = {c.uuid for c in competences}
    roles = []
    for role in doc.get("roles", []):
        rname = _text(role["name"], "rollenavn")
        ruuid = _uuid(role["uuid"], f"rollen «{rname}»")
        if ruuid in seen:
            raise ValueError(f"rollen «{rname}» står to ganger")
        seen.add(ruuid)
        reqs = []
        for r in role.get("requirements", []):
            cuuid = _uuid(r["competence"], f"et krav i rollen «{rname}»")
            if cuuid not in known:
                raise ValueError(f"rollen «{rname}» krever en kompetanse som ikke er i katalogen")
            reqs.append((cuuid, _level(r["level"], f"rollen «{rname}»")))
        description = role.get("description", "")
        if not isinstance(description, str):
            raise ValueError(f"rollen «{rname}» har ugyldig beskrivelse")
        roles.append(RoleEntry(ruuid, rname, description.strip(), tuple(reqs)))
    name = doc.get("name") if isinstance(doc.get("name"), str) else path.stem
    return CatalogueDoc(path, str(name), scale, categories, competences, roles)


# -- comparing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One line of an import: what happens to which item, and the details to show."""

    key: str  # stable id used to give consent, e.g. "competence:<uuid>"
    entity: str  # "category" | "competence" | "role" | "scale"
    name: str
    details: tuple[str, ...] = ()


@dataclass
class CatalogueDiff:
    """What importing a catalogue would do to an office."""

    additions: list[Item] = field(default_factory=list)  # done without asking
    updates: list[Item] = field(default_factory=list)  # need the office's consent
    conflicts: list[Item] = field(default_factory=list)  # cannot be done (explained)
    kept: list[Item] = field(default_factory=list)  # the office's own items, untouched

    @property
    def empty(self) -> bool:
        """Nothing to add or update."""
        return not self.additions and not self.updates


@dataclass
class Local:
    """The office's current catalogue, as the comparison needs it."""

    categories: dict[str, tuple[int, str]]  # uuid -> (id, name)
    competences: dict[str, tuple[int, str, int, str, str]]  # uuid -> id, name, cat, comp, desc
    roles: dict[str, tuple[int, str, str]]  # uuid -> id, name, description
    requirements: dict[int, dict[int, int]]  # role id -> competence id -> level
    scale: dict[int, tuple[str, str]]

    @classmethod
    def read(cls, office: OfficeFile) -> Local:
        """Read the office's catalogue in a few queries."""
        q = office.query
        reqs: dict[int, dict[int, int]] = {}
        for rid, cid, level in q("SELECT role_id, competence_id, level FROM rolerequirement"):
            reqs.setdefault(rid, {})[cid] = level
        return cls(
            {u.lower(): (i, n) for i, u, n in q("SELECT id, uuid, name FROM category")},
            {u.lower(): (i, n, c, comp, d or "") for i, u, n, c, comp, d in q(
                "SELECT id, uuid, name, category_id, component, description FROM competence")},
            {u.lower(): (i, n, d or "") for i, u, n, d in q(
                "SELECT id, uuid, name, description FROM role")},
            reqs,
            {lvl: (label, d or "") for lvl, label, d in q(
                "SELECT level, label, description FROM scalelevel")},
        )


def _by_name(entries: dict[str, tuple[Any, ...]]) -> dict[str, str]:
    return {str(v[1]).lower(): u for u, v in entries.items()}


def _field_changes(old_cat: str, new_cat: str, old_component: str, new_component: str,
                   old_desc: str, new_desc: str) -> list[str]:
    details = []
    if old_cat.lower() != new_cat.lower():
        details.append(f"Kategori: «{old_cat}» → «{new_cat}»")
    if old_component != new_component:
        details.append(f"Type: {COMPONENT_LABELS.get(old_component, old_component)} → "
                       f"{COMPONENT_LABELS[new_component]}")
    if old_desc.strip() != new_desc:
        details.append("Ny beskrivelse")
    return details


def diff(local: Local, doc: CatalogueDoc) -> CatalogueDiff:
    """Compare a catalogue file with the office's catalogue (nothing is written)."""
    result = CatalogueDiff()
    cat_names = _by_name(local.categories)
    comp_names = _by_name(local.competences)
    role_names = _by_name(local.roles)
    doc_cat = dict(doc.categories)
    local_cat_name = {v[0]: v[1] for v in local.categories.values()}
    comp_uuid_to_id = {u: v[0] for u, v in local.competences.items()}
    doc_comp_names = {c.uuid: c.name for c in doc.competences}

    for uuid, name in doc.categories:
        if uuid in local.categories:
            old = local.categories[uuid][1]
            if old != name:
                taken = cat_names.get(name.lower())
                if taken and taken != uuid:
                    result.conflicts.append(Item(f"category:{uuid}", "category", name, (
                        f"Kan ikke gi «{old}» nytt navn: en annen kategori heter «{name}».",)))
                else:
                    result.updates.append(Item(f"category:{uuid}", "category", name,
                                               (f"Navn: «{old}» → «{name}»",)))
        elif name.lower() in cat_names:
            result.updates.append(Item(f"link:category:{uuid}", "category", name, (
                f"Kontorets kategori «{name}» knyttes til fylkets katalog.",)))
        else:
            result.additions.append(Item(f"category:{uuid}", "category", name,
                                         ("Ny kategori",)))

    for comp in doc.competences:
        cat_name = doc_cat.get(comp.category_uuid, "")
        if comp.uuid in local.competences:
            _cid, old_name, old_cat, old_component, old_desc = local.competences[comp.uuid]
            details = []
            if old_name != comp.name:
                taken = comp_names.get(comp.name.lower())
                if taken and taken != comp.uuid:
                    result.conflicts.append(Item(f"competence:{comp.uuid}", "competence",
                                                 comp.name, (
                        f"Kan ikke gi «{old_name}» nytt navn: et annet kompetanseområde heter "
                        f"«{comp.name}».",)))
                    continue
                details.append(f"Navn: «{old_name}» → «{comp.name}»")
            details += _field_changes(local_cat_name.get(old_cat, ""), cat_name, old_component,
                                      comp.component, old_desc, comp.description)
            if details:
                result.updates.append(Item(f"competence:{comp.uuid}", "competence", comp.name,
                                           tuple(details)))
        elif comp.name.lower() in comp_names:
            old_uuid = comp_names[comp.name.lower()]
            if old_uuid in {c.uuid for c in doc.competences}:
                result.conflicts.append(Item(f"competence:{comp.uuid}", "competence", comp.name,
                                             (f"Navnet «{comp.name}» brukes allerede av et annet "
                                              "område i kontorets katalog.",)))
            else:
                _i, _n, old_cat, old_component, old_desc = local.competences[old_uuid]
                details = [f"Kontorets «{comp.name}» knyttes til fylkets katalog, slik at "
                           "fylket kan sammenligne kontorene. Vurderingene beholdes."]
                details += _field_changes(local_cat_name.get(old_cat, ""), cat_name,
                                          old_component, comp.component, old_desc,
                                          comp.description)
                result.updates.append(Item(f"link:competence:{comp.uuid}", "competence",
                                           comp.name, tuple(details)))
        else:
            result.additions.append(Item(f"competence:{comp.uuid}", "competence", comp.name,
                                         (f"Nytt område i «{cat_name}»",)))

    for role in doc.roles:
        wanted = ", ".join(f"{doc_comp_names[u]} {lvl}" for u, lvl in role.requirements)
        if role.uuid in local.roles:
            rid, old_name, old_desc = local.roles[role.uuid]
            details = []
            if old_name != role.name:
                taken = role_names.get(role.name.lower())
                if taken and taken != role.uuid:
                    result.conflicts.append(Item(f"role:{role.uuid}", "role", role.name, (
                        f"Kan ikke gi «{old_name}» nytt navn: en annen rolle heter "
                        f"«{role.name}».",)))
                    continue
                details.append(f"Navn: «{old_name}» → «{role.name}»")
            if old_desc.strip() != role.description:
                details.append("Ny beskrivelse av mandatet")
            current = local.requirements.get(rid, {})
            changed = [u for u, lvl in role.requirements
                       if current.get(comp_uuid_to_id.get(u, -1)) != lvl]
            if changed:
                details.append("Krav: " + ", ".join(
                    f"{doc_comp_names[u]} → {dict(role.requirements)[u]}" for u in changed))
            if details:
                result.updates.append(Item(f"role:{role.uuid}", "role", role.name,
                                           tuple(details)))
        elif role.name.lower() in role_names:
            result.updates.append(Item(f"link:role:{role.uuid}", "role", role.name, (
                f"Kontorets rolle «{role.name}» knyttes til fylkets mal og får kravene: "
                f"{wanted or 'ingen'}.",)))
        else:
            result.additions.append(Item(f"role:{role.uuid}", "role", role.name,
                                         (f"Ny rolle. Krav: {wanted or 'ingen'}",)))

    for level, (label, desc) in sorted(doc.scale.items()):
        mine = local.scale.get(level)
        if mine is not None and (mine[0] != label or mine[1].strip() != desc.strip()):
            result.updates.append(Item(f"scale:{level}", "scale", f"Nivå {level}",
                                       (f"«{mine[0]}» → «{label}»",)))

    doc_uuids = {u for u, _ in doc.categories} | {c.uuid for c in doc.competences} | {
        r.uuid for r in doc.roles}
    doc_names = {c.name.lower() for c in doc.competences}
    for uuid, (_i, name, *_rest) in sorted(local.competences.items(), key=lambda x: x[1][1]):
        if uuid not in doc_uuids and name.lower() not in doc_names:
            result.kept.append(Item(f"competence:{uuid}", "competence", name,
                                    ("Kontorets eget område beholdes",)))
    doc_role_names = {r.name.lower() for r in doc.roles}
    for uuid, (_i, name, _d) in sorted(local.roles.items(), key=lambda x: x[1][1]):
        if uuid not in doc_uuids and name.lower() not in doc_role_names:
            result.kept.append(Item(f"role:{uuid}", "role", name,
                                    ("Kontorets egen rolle beholdes",)))
    return result
