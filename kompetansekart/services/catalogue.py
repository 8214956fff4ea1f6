"""Competence catalogue, roles and the scale: add, rename, move, describe, delete."""

from __future__ import annotations

from sqlmodel import col, delete, func, select

from kompetansekart.domain.models import (
    Assessment,
    Category,
    Competence,
    Component,
    Role,
    RoleRequirement,
    ScaleLevel,
)
from kompetansekart.domain.validation import check_level, clean_name
from kompetansekart.services.common import ensure_unique, require
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import Change, OfficeFile


def add_category(office: OfficeFile, name: str) -> Change:
    """Add a category at the end."""
    name = clean_name(name, "Kategorinavnet")
    with office.change(f"Legg til kategori «{name}»") as ch:
        ensure_unique(ch.session, Category, name,
                      f"Det finnes allerede en kategori som heter «{name}».")
        last = ch.session.exec(select(func.max(Category.position))).one()
        ch.session.add(Category(name=name, position=(last or 0) + 1))
    return ch


def rename_category(office: OfficeFile, category_id: int, name: str) -> Change:
    """Rename a category."""
    name = clean_name(name, "Kategorinavnet")
    with office.change(f"Gi nytt navn til kategori «{name}»") as ch:
        cat = require(ch.session, Category, category_id, "Kategorien")
        ensure_unique(ch.session, Category, name,
                      f"Det finnes allerede en kategori som heter «{name}».",
                      exclude_id=category_id)
        cat.name = name
        ch.session.add(cat)
    return ch


def delete_category(office: OfficeFile, category_id: int) -> Change:
    """Delete a category with its competences and their history."""
    with office.change("Slett kategori") as ch:
        cat = require(ch.session, Category, category_id, "Kategorien")
        ch.label = f"Slett kategori «{cat.name}»"
        ch.session.exec(delete(Competence).where(col(Competence.category_id) == category_id))
        ch.session.delete(cat)
    return ch


def add_competence(office: OfficeFile, category_id: int, name: str,
                   component: str = Component.KNOWLEDGE.value, description: str = "") -> Change:
    """Add a competence area to a category."""
    name = clean_name(name, "Navnet på kompetanseområdet")
    _check_component(component)
    with office.change(f"Legg til kompetanse «{name}»") as ch:
        require(ch.session, Category, category_id, "Kategorien")
        ensure_unique(ch.session, Competence, name,
                      f"Det finnes allerede et kompetanseområde som heter «{name}».")
        last = ch.session.exec(select(func.max(Competence.position))
                               .where(Competence.category_id == category_id)).one()
        ch.session.add(Competence(name=name, category_id=category_id, component=component,
                                  description=description.strip(), position=(last or 0) + 1))
    return ch


def update_competence(office: OfficeFile, competence_id: int, *, name: str | None = None,
                      category_id: int | None = None, component: str | None = None,
                      description: str | None = None) -> Change:
    """Rename, move, re-tag or describe a competence area."""
    with office.change("Endre kompetanse") as ch:
        comp = require(ch.session, Competence, competence_id, "Kompetanseområdet")
        if name is not None:
            comp.name = clean_name(name, "Navnet på kompetanseområdet")
            ensure_unique(ch.session, Competence, comp.name,
                          f"Det finnes allerede et kompetanseområde som heter «{comp.name}».",
                          exclude_id=competence_id)
        if category_id is not None and category_id != comp.category_id:
            require(ch.session, Category, category_id, "Kategorien")
            last = ch.session.exec(select(func.max(Competence.position))
                                   .where(Competence.category_id == category_id)).one()
            comp.category_id = category_id
            comp.position = (last or 0) + 1
        if component is not None:
            _check_component(component)
            comp.component = component
        if description is not None:
            comp.description = description.strip()
        ch.label = f"Endre kompetanse «{comp.name}»"
        ch.session.add(comp)
    return ch


def history_count(office: OfficeFile, competence_id: int) -> int:
    """How many assessments go with a competence if it is deleted."""
    return int(office.query("SELECT count(*) FROM assessment WHERE competence_id = ?",
                            (competence_id,))[0][0])


def delete_competence(office: OfficeFile, competence_id: int) -> Change:
    """Delete a competence area with its assessments, requirements and plan links."""
    with office.change("Slett kompetanse") as ch:
        comp = require(ch.session, Competence, competence_id, "Kompetanseområdet")
        ch.label = f"Slett kompetanse «{comp.name}»"
        ch.session.exec(delete(Assessment).where(col(Assessment.competence_id) == competence_id))
        ch.session.delete(comp)
    return ch


def _check_component(component: str) -> None:
    if component not in {c.value for c in Component}:
        raise ValidationError("Velg kunnskap, ferdighet eller holdning.", "component")


def add_role(office: OfficeFile, name: str, description: str = "",
             requirements: dict[int, int] | None = None) -> Change:
    """Add a role with its mandate and required competences."""
    name = clean_name(name, "Rollenavnet")
    reqs = {cid: _level(lvl) for cid, lvl in (requirements or {}).items()}
    with office.change(f"Legg til rolle «{name}»") as ch:
        ensure_unique(ch.session, Role, name, f"Det finnes allerede en rolle som heter «{name}».")
        role = Role(name=name, description=description.strip())
        ch.session.add(role)
        ch.session.flush()
        assert role.id is not None
        for cid, lvl in reqs.items():
            ch.session.add(RoleRequirement(role_id=role.id, competence_id=cid, level=lvl))
    return ch


def update_role(office: OfficeFile, role_id: int, name: str, description: str,
                requirements: dict[int, int]) -> Change:
    """Replace a role's name, mandate and requirements."""
    name = clean_name(name, "Rollenavnet")
    reqs = {cid: _level(lvl) for cid, lvl in requirements.items()}
    with office.change(f"Endre rolle «{name}»") as ch:
        role = require(ch.session, Role, role_id, "Rollen")
        ensure_unique(ch.session, Role, name, f"Det finnes allerede en rolle som heter «{name}».",
                      exclude_id=role_id)
        role.name = name
        role.description = description.strip()
        ch.session.add(role)
        existing = {r.competence_id: r for r in ch.session.exec(
            select(RoleRequirement).where(RoleRequirement.role_id == role_id))}
        for cid, req in existing.items():
            if cid not in reqs:
                ch.session.delete(req)
            elif req.level != reqs[cid]:
                req.level = reqs[cid]
                ch.session.add(req)
        for cid, lvl in reqs.items():
            if cid not in existing:
                ch.session.add(RoleRequirement(role_id=role_id, competence_id=cid, level=lvl))
    return ch


def delete_role(office: OfficeFile, role_id: int) -> Change:
    """Delete a role (people keep their other roles)."""
    with office.change("Slett rolle") as ch:
        role = require(ch.session, Role, role_id, "Rollen")
        ch.label = f"Slett rolle «{role.name}»"
        ch.session.delete(role)
    return ch


def set_scale_label(office: OfficeFile, level: int, label: str, description: str = "") -> Change:
    """Change the label of a scale step."""
    label = clean_name(label, "Nivåteksten", "label", 40)
    with office.change(f"Endre nivå {level} til «{label}»") as ch:
        row = require(ch.session, ScaleLevel, _level(level), "Nivået")
        row.label = label
        row.description = description.strip()
        ch.session.add(row)
    return ch


def _level(level: int) -> int:
    checked = check_level(level, allow_none=False)
    assert checked is not None
    return checked
