"""The end-of-circle questionnaire: its questions (office settings, kept in versions) and the
answers of each stakeholder (volunteers, the core member, probation), entered at the office."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from circlesdesk.domain import defaults, validation
from circlesdesk.domain.enums import Stakeholder
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Questionnaire, QuestionnaireAnswer, new_record_id
from circlesdesk.errors import ValidationError
from circlesdesk.services import access, circles, office_config
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault

# The questions shipped as version 1 (each answered 1, not at all, to 5, very much).
DEFAULT_QUESTIONS: dict[str, str] = dict(defaults.QUESTIONNAIRE_QUESTIONS)


def versions(vault: Vault) -> list[Questionnaire]:
    """Every version of the questions, the first first (none until the office saves one)."""
    access.require(vault, Permission.QUESTIONNAIRE)
    return store.find(vault.conn, Questionnaire, order_by=("version",))


def current(vault: Vault) -> Questionnaire:
    """The questions in use now: the latest version saved, or the shipped default (version 1)
    when none has been saved yet (it is saved with the first answers)."""
    found = versions(vault)
    if found:
        return found[-1]
    return Questionnaire(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        version=1,
        questions=dict(DEFAULT_QUESTIONS),
        made_on=dt.date.today().isoformat(),
    )


def _save(vault: Vault, questionnaire: Questionnaire) -> None:
    store.save(vault.conn, questionnaire)
    audit.append(
        vault.conn,
        actor=vault.info.device_id,
        staff_id=vault.staff_id,
        action="questionnaire.saved",
        kind=Questionnaire.kind,
        record_uuid=questionnaire.uuid,
        detail=f"version={questionnaire.version}",
    )


def set_questions(
    vault: Vault, questions: Mapping[str, str] | Sequence[tuple[str | None, str]]
) -> Questionnaire:
    """Save changed questions as the next version; answers given before keep their version.

    ``questions`` is key → question, or (key, question) rows as the settings page edits them,
    key None for a question added there (its key is made from its words, as other office lists'
    are). Unchanged questions store nothing.
    """
    access.require(vault, Permission.QUESTIONNAIRE)
    rows = list(questions.items()) if isinstance(questions, Mapping) else list(questions)
    taken = {key for key, _text in rows if key is not None}
    keyed: dict[str, str] = {}
    for key, text in rows:
        if not text.strip():
            raise ValidationError("questionnaire.empty_question")
        if key is None:
            key = office_config.key_for(text, taken)
            taken.add(key)
        keyed[key] = text.strip()
    latest = current(vault)
    saved = bool(versions(vault))
    if keyed == latest.questions and (saved or keyed == DEFAULT_QUESTIONS):
        return latest
    questionnaire = Questionnaire(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        version=latest.version + 1 if saved else 1,
        questions=keyed,
        made_on=dt.date.today().isoformat(),
    )
    with database.transaction(vault.conn):
        _save(vault, questionnaire)
    return questionnaire


def record_answers(
    vault: Vault,
    *,
    code: str,
    stakeholder: Stakeholder | str,
    answered_on: str,
    scores: Mapping[str, int],
    comment: str = "",
) -> QuestionnaireAnswer:
    """Keep one stakeholder's answers to the current questions for a circle."""
    access.require(vault, Permission.QUESTIONNAIRE)
    circle = circles.find_circle(vault, code)
    stakeholders = [s.value for s in Stakeholder]
    if str(stakeholder) not in stakeholders:
        raise ValidationError("questionnaire.stakeholder", options=", ".join(stakeholders))
    validation.date(answered_on, field="date answered")
    questionnaire = current(vault)
    unknown = set(scores) - set(questionnaire.questions)
    if unknown:
        raise ValidationError("questionnaire.unknown_question", version=questionnaire.version)
    if not scores:
        raise ValidationError("questionnaire.no_answer")
    answer = QuestionnaireAnswer(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        circle_uuid=circle.uuid,
        version=questionnaire.version,
        stakeholder=str(stakeholder),
        answered_on=answered_on,
        scores=dict(scores),
        comment=comment,
    )
    with database.transaction(vault.conn):
        if not versions(vault):
            _save(vault, questionnaire)  # the shipped default, now that it is answered
        store.save(vault.conn, answer)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="questionnaire.answered",
            kind=QuestionnaireAnswer.kind,
            record_uuid=answer.uuid,
        )
    return answer


def answers(vault: Vault, circle_uuid: str | None = None) -> list[QuestionnaireAnswer]:
    """The answers kept (for one circle if given), oldest first."""
    access.require(vault, Permission.QUESTIONNAIRE)
    if circle_uuid is None:
        return store.find(vault.conn, QuestionnaireAnswer, order_by=("answered_on",))
    return store.find(
        vault.conn, QuestionnaireAnswer, circle_uuid=circle_uuid, order_by=("answered_on",)
    )
