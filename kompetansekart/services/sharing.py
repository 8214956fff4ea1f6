"""Sharing with the county: the export log, the k setting and catalogue import.

Each write validates, writes in one transaction and returns the Change. Requests to the county
(bestillinger) are written by `services.plans` (add_request, update_request, delete_request).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from sqlmodel import col, func, select

from kompetansekart.domain.models import (
    Category,
    Competence,
    Role,
    RoleRequirement,
    ScaleLevel,
    Setting,
    ShareRecord,
)
from kompetansekart.exchange import catalogue_file, full_copy, jsonfile, person_export, summary
from kompetansekart.exchange.catalogue_file import CatalogueDoc, Local
from kompetansekart.services.common import require
from kompetansekart.storage.officefile import Change, OfficeFile

KIND_SUMMARY = "summary"
KIND_FULL = "full"
KIND_CATALOGUE = "catalogue"
KIND_PERSON = "person"
#: How each kind of export is named in the log.
KIND_LABELS = {KIND_SUMMARY: "Anonym oppsummering", KIND_FULL: "Hele kontorfilen",
               KIND_CATALOGUE: "Kompetansekatalog", KIND_PERSON: "Persondata (innsyn)"}


# -- settings and log ------------------------------------------------------------------------


def set_share_k(office: OfficeFile, k: int) -> Change:
    """Set the office's limit for small counts in summaries (share_k)."""
    k = summary.check_k(k)
    with office.change(f"Skjul tall under {k} i oppsummeringer") as ch:
        row = ch.session.get(Setting, "share_k")
        if row is None:
            row = Setting(key="share_k", value=str(k))
        row.value = str(k)
        ch.session.add(row)
    return ch


def record_share(office: OfficeFile, kind: str, file_name: str, detail: str = "") -> Change | None:
    """Record an export in the office's log; nothing is recorded in a read-only file."""
    if kind not in KIND_LABELS:
        raise ValueError(kind)
    if office.readonly:
        return None
    with office.change(f"Registrer deling: {KIND_LABELS[kind]}") as ch:
        ch.session.add(ShareRecord(kind=kind, file_name=file_name, detail=detail))
    return ch


def share_log(office: OfficeFile) -> list[tuple[str, str, str, str]]:
    """The export log, newest first: (created_at, kind label, file name, detail)."""
    return [(str(at), KIND_LABELS.get(kind, kind), name, detail or "")
            for at, kind, name, detail in office.query(
                "SELECT created_at, kind, file_name, detail FROM sharerecord "
                "ORDER BY created_at DESC, id DESC")]


def summary_detail(data: bytes, k: int) -> str:
    """A short description of a summary for the log."""
    import json

    doc = json.loads(data)
    requests = len(doc["requests"])
    return (f"k = {k}; {len(doc['competences'])} kompetanseområder, "
            f"{len(doc['plan']['measures'])} tiltak, {requests} "
            f"bestilling{'' if requests == 1 else 'er'}")


def save_summary(office: OfficeFile, target: Path, data: bytes, k: int) -> Change | None:
    """Write exactly these summary bytes (as previewed) and record the export."""
    jsonfile.write_bytes(Path(target), data)
    return record_share(office, KIND_SUMMARY, Path(target).name, summary_detail(data, k))


def export_summary(office: OfficeFile, target: Path, k: int | None = None) -> bytes:
    """Build, write and record an anonymous summary; returns the bytes written."""
    k = summary.check_k(k) if k is not None else summary.office_k(office)
    data = summary.to_bytes(summary.build(office, k))
    save_summary(office, target, data, k)
    return data


def export_person(office: OfficeFile, person_id: int, target: Path) -> Path:
    """Write one person's own data (innsyn) and record that it left the file."""
    written = person_export.write(office, person_id, target)
    record_share(office, KIND_PERSON, written.name, "Alle opplysninger om én ansatt")
    return written


def export_full(office: OfficeFile, target: Path) -> Path:
    """Write a backup-API copy of the whole office file and record it."""
    path = full_copy.write(office, Path(target))
    record_share(office, KIND_FULL, path.name, "Inneholder navn og vurderinger")
    return path


def export_catalogue(office: OfficeFile, target: Path, name: str | None = None) -> bytes:
    """Write the office's catalogue and role templates as a catalogue file and record it."""
    data = catalogue_file.write(office, Path(target), name)
    n = office.query("SELECT count(*) FROM competence")[0][0]
    record_share(office, KIND_CATALOGUE, Path(target).name, f"{n} kompetanseområder")
    return data


# -- catalogue import ------------------------------------------------------------------------


def import_catalogue(office: OfficeFile, doc: CatalogueDoc,
                     accept: Collection[str] | bool = ()) -> Change:
    """Import a county catalogue: add what is new, update what the office accepted.

    `accept` holds the keys of `catalogue_file.diff(...).updates` the office agreed to, or True
    for all of them. Items only the office has are kept; conflicts are skipped.
    """
    local = Local.read(office)
    plan = catalogue_file.diff(local, doc)
    allowed = {i.key for i in plan.updates} if accept is True else set(accept or ())
    adds = {i.key for i in plan.additions}
    updates = {i.key for i in plan.updates} & allowed
    with office.change(f"Importer katalog «{doc.name}»") as ch:
        s = ch.session
        cat_ids: dict[str, int] = {u: v[0] for u, v in local.categories.items()}
        cat_by_name = {v[1].lower(): v[0] for v in local.categories.values()}
        next_cat = (s.exec(select(func.max(Category.position))).one() or 0) + 1
        for uuid, name in doc.categories:
            if f"category:{uuid}" in adds:
                cat = Category(uuid=uuid, name=name, position=next_cat)
                next_cat += 1
                s.add(cat)
                s.flush()
                assert cat.id is not None
                cat_ids[uuid] = cat.id
            elif f"link:category:{uuid}" in updates:
                cat = require(s, Category, cat_by_name[name.lower()], "Kategorien")
                cat.uuid = uuid
                s.add(cat)
                cat_ids[uuid] = cat.id
            elif f"category:{uuid}" in updates:
                cat = require(s, Category, cat_ids[uuid], "Kategorien")
                cat.name = name
                s.add(cat)
            elif uuid not in cat_ids and name.lower() in cat_by_name:
                cat_ids[uuid] = cat_by_name[name.lower()]  # place new areas in the same-named one
        comp_ids: dict[str, int] = {u: v[0] for u, v in local.competences.items()}
        comp_by_name = {v[1].lower(): v[0] for v in local.competences.values()}

        def last_position(cat_id: int) -> int:
            last = s.exec(select(func.max(Competence.position))
                          .where(Competence.category_id == cat_id)).one()
            return int(last or 0)

        for comp in doc.competences:
            key = f"competence:{comp.uuid}"
            cat_id = cat_ids.get(comp.category_uuid)
            if key in adds and cat_id is not None:
                row = Competence(uuid=comp.uuid, name=comp.name, category_id=cat_id,
                                 component=comp.component, description=comp.description,
                                 position=last_position(cat_id) + 1)
                s.add(row)
                s.flush()
                assert row.id is not None
                comp_ids[comp.uuid] = row.id
            elif key in updates or f"link:{key}" in updates:
                if f"link:{key}" in updates:
                    row = require(s, Competence, comp_by_name[comp.name.lower()],
                                  "Kompetanseområdet")
                    row.uuid = comp.uuid
                    assert row.id is not None
                    comp_ids[comp.uuid] = row.id
                else:
                    row = require(s, Competence, comp_ids[comp.uuid], "Kompetanseområdet")
                row.name = comp.name
                row.component = comp.component
                row.description = comp.description
                if cat_id is not None and cat_id != row.category_id:
                    row.category_id = cat_id
                    row.position = last_position(cat_id) + 1
                s.add(row)
        s.flush()
        role_ids = {u: v[0] for u, v in local.roles.items()}
        role_by_name = {v[1].lower(): v[0] for v in local.roles.values()}
        for role in doc.roles:
            key = f"role:{role.uuid}"
            if key in adds:
                new = Role(uuid=role.uuid, name=role.name, description=role.description)
                s.add(new)
                s.flush()
                assert new.id is not None
                _set_requirements(ch, new.id, role.requirements, comp_ids)
            elif f"link:{key}" in updates:
                row = require(s, Role, role_by_name[role.name.lower()], "Rollen")
                row.uuid = role.uuid
                s.add(row)
                assert row.id is not None
                _set_requirements(ch, row.id, role.requirements, comp_ids)
            elif key in updates:
                row = require(s, Role, role_ids[role.uuid], "Rollen")
                row.name = role.name
                row.description = role.description
                s.add(row)
                assert row.id is not None
                _set_requirements(ch, row.id, role.requirements, comp_ids)
        for level, (label, desc) in doc.scale.items():
            if f"scale:{level}" in updates:
                scale = require(s, ScaleLevel, level, "Nivået")
                scale.label = label
                scale.description = desc
                s.add(scale)
    return ch


def _set_requirements(ch: Change, role_id: int, requirements: tuple[tuple[str, int], ...],
                      comp_ids: dict[str, int]) -> None:
    """Set the county's requirements on a role; requirements on local areas are kept."""
    s = ch.session
    existing = {r.competence_id: r for r in s.exec(
        select(RoleRequirement).where(col(RoleRequirement.role_id) == role_id))}
    for uuid, level in requirements:
        cid = comp_ids.get(uuid)
        if cid is None:
            continue
        if cid in existing:
            if existing[cid].level != level:
                existing[cid].level = level
                s.add(existing[cid])
        else:
            s.add(RoleRequirement(role_id=role_id, competence_id=cid, level=level))
