#!/usr/bin/env python3
"""A synthetic national data set for benchmarks: many partnerships shaped like the demo board.

    bench/national.py --database sqlite:national.db [--partnerships 150] [--years 10] [--seed 1]
    bench/national.py --database postgresql://user@host:port/db [--csv-dir DIR] ...

The database must already hold the schema: create it with `safeboard migrate --database URL`, or
with `safeboard demo --database URL` so that the demo's Milton Keynes partnership is there too
(the benchmark signs in as its business manager). Rows go in through the real schema: every
column and CHECK constraint of src/storage/migrations/*.sql is respected and every foreign key
points at a row inserted before it.

Per partnership: 27 agencies, 3 people per agency (5 for the lay members) and a board team, 12
groups (Board, Business Management Group, six sub-groups, CDOP, case review panel, two working
groups) with quorum rules,
about 140 seats whose holders change over the years (ended memberships kept), an indicator
catalogue of 100 quarterly indicators. Per partnership-year: about 100 meetings with agendas,
minutes, decisions at Board and BMG meetings and an attendance mark for every member of the group
on the day; a business plan of 8 objectives and 200 actions with about 4 progress updates each;
400 quarterly indicator values with a target and a national comparator per indicator; the child
population and the child protection data set; 25 child death notifications, most reviewed at a
CDOP meeting; an audit programme of 5 planned audits (the QA sub-group leads, agreed at its
first meeting of the year). Every other year a Section 11 round asks each statutory partner for a
return against the board's 8-standard template: every standard graded, about 15% gaps, each gap
with an action (most completed); 3 to 5 multi-agency case file audits a quarter against a target of
4 (2 to 4 agencies' parts each, graded at a discussion, 1 to 3 findings); a safer workforce
self-assessment a year (every statutory agency and 6 to 10 other organisations, deficits
supported); two IMR action plans a year with their actions; a training need and a procedure
review raised from each year's case file audit; the LADO's four quarterly returns a year; 2 to 6 complaints a
year; twelve reports received a year, one in ten leading to a remedial plan; a training programme
of about 60 events a year (about 1,400 attendances by a pool of 1,500 practitioners), the
conference's four sessions, the year's budget request (three items, agreed) and 200 to 400
e-learning completions. Case reviews are not generated either (a few a year nationally; they would not change any
figure the benchmark measures).

When the demo's business manager is in the database, each partnership also gets a business
manager account (business.manager@<slug>.safeboard.test) with the same password hash, so
`demo-business-manager` signs in to any partnership as its board team.

The same --seed and the same starting database give the same rows. SQLite: Python's sqlite3, one
transaction, executemany. PostgreSQL: one CSV file per table, loaded with psql's \\copy in one
transaction, then each identity sequence set past the largest id so the server's later inserts
work. Prints the rows per table and the time taken.
"""
import argparse
import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

CREATED_AT = "2026-01-01T00:00:00Z"

# Tables in the order their rows go in (every foreign key points backwards), with their columns.
TABLES = [
    ("partnerships", ["id", "slug", "name", "area", "created_at", "constitution_reviewed_on",
                      "chair_appointment_reviewed_on", "lead_member_met_chair_on"]),
    ("users", ["id", "email", "display_name", "password_hash", "is_admin", "disabled", "created_at"]),
    ("agencies", ["id", "partnership_id", "name", "sector", "statutory", "signed_constitution_on",
                  "joined_on", "ended_on"]),
    ("people", ["id", "partnership_id", "full_name", "job_title", "agency_id", "email", "phone",
                "user_id", "ended_on"]),
    ("partnership_groups", ["id", "partnership_id", "name", "short_name", "kind", "parent_group_id",
                            "chair_person_id", "vice_chair_person_id", "cadence", "terms_of_reference",
                            "terms_reviewed_on", "ended_on", "quorum_min_members", "quorum_min_agencies",
                            "procedure_approval_agencies", "confidential_area"]),
    ("group_quorum_agencies", ["group_id", "agency_id"]),
    ("memberships", ["id", "partnership_id", "group_id", "person_id", "agency_id", "role_category",
                     "started_on", "ended_on", "confidentiality_signed_on"]),
    ("meetings", ["id", "partnership_id", "group_id", "title", "meets_on", "starts_at", "location",
                  "cancelled", "counts_for_attendance"]),
    ("attendance", ["meeting_id", "membership_id", "status", "deputy_person_id"]),
    ("agenda_items", ["id", "partnership_id", "meeting_id", "position", "title", "presenter",
                      "decision_needed", "confidential", "purpose", "subject_id", "minute_text"]),
    ("minutes", ["meeting_id", "partnership_id", "body", "status", "circulated_on",
                 "approved_at_meeting_id", "approved_on"]),
    ("decisions", ["id", "partnership_id", "meeting_id", "group_id", "decided_on", "text",
                   "chairs_action", "ratified_at_meeting_id", "agenda_item_id", "approves_procedure"]),
    ("plans", ["id", "partnership_id", "title", "starts_on", "ends_on", "approved_at_meeting_id",
               "priorities"]),
    ("objectives", ["id", "partnership_id", "plan_id", "position", "outcome", "lead_group_id"]),
    ("objective_risks", ["id", "objective_id", "position", "description", "impact", "likelihood", "severity"]),
    ("plan_actions", ["id", "partnership_id", "objective_id", "position", "activity", "measure",
                      "resources", "cost_pence", "by_when", "triggered_on", "evidence"]),
    ("plan_action_leads", ["action_id", "position", "group_id", "post_id", "person_id"]),
    ("progress_updates", ["id", "partnership_id", "action_id", "updated_on", "text", "rag",
                          "by_user_id", "by_name"]),
    ("child_populations", ["partnership_id", "year_start", "population"]),
    ("child_protection_figures", ["partnership_id", "year_start", "measure", "value"]),
    ("indicator_clusters", ["id", "partnership_id", "name", "position"]),
    ("indicators", ["id", "partnership_id", "code", "name", "cluster_id", "agency_id", "unit", "better",
                    "frequency"]),
    ("indicator_values", ["indicator_id", "period", "value"]),
    ("indicator_targets", ["indicator_id", "year_label", "value"]),
    ("indicator_comparators", ["indicator_id", "year_label", "kind", "value"]),
    ("child_death_notifications", ["id", "partnership_id", "reference", "date_of_birth",
                                   "date_of_death", "sex", "normally_resident", "place_of_death",
                                   "expected", "notified_by", "notified_on"]),
    ("child_death_reviews", ["notification_id", "meeting_id", "reviewed_on", "category", "modifiable",
                             "modifiable_factors", "sudi", "safeguarding_concern", "lessons",
                             "recommendation_areas"]),
    ("audit_programmes", ["id", "partnership_id", "year_start", "priorities", "agreed_at_meeting_id"]),
    ("planned_audits", ["id", "partnership_id", "programme_id", "title", "kind", "themes", "lead_group_id",
                        "starts_on", "report_due_on", "reported_on", "reported_at_meeting_id", "findings"]),
    ("section11_templates", ["id", "partnership_id", "name", "version", "grades", "based_on_template_id"]),
    ("section11_standards", ["id", "template_id", "position", "reference", "title", "guidance"]),
    ("section11_rounds", ["id", "partnership_id", "template_id", "title", "opens_on", "returns_due_on",
                          "challenge_group_id", "planned_audit_id"]),
    ("section11_returns", ["id", "partnership_id", "round_id", "agency_id", "lead_person_id", "submitted_on"]),
    ("section11_answers", ["id", "return_id", "standard_id", "grade", "evidence", "challenge_outcome",
                           "agreed_grade", "challenge_reason", "challenged_on"]),
    ("section11_actions", ["id", "partnership_id", "return_id", "standard_id", "description", "owner", "due_on",
                           "progress", "completed_on"]),
    ("lado_returns", ["id", "partnership_id", "year_start", "quarter", "referrals", "advice", "police_involved",
                      "considered_within_1_day", "concluded_within_3_months", "delay_reasons", "reported_at_meeting_id"]),
    ("lado_return_counts", ["return_id", "dimension", "code", "count"]),
    ("complaints", ["id", "partnership_id", "received_on", "channel", "complainant", "summary", "acknowledged_on",
                    "responded_on", "outcome", "learning", "redirected_to", "redirected_where", "redirected_on"]),
    ("agency_reports", ["id", "partnership_id", "kind", "title", "agency_id", "from_name", "period", "received_on",
                        "considered_at_meeting_id", "purpose", "key_findings", "strengths", "shortcomings",
                        "actions_for_board", "comment", "assurance"]),
    ("remedial_plans", ["id", "partnership_id", "agency_id", "agency_report_id", "shortcomings", "plan", "agreed_on",
                        "review_due_on", "escalated_on", "dcs_consulted_on", "concerns_explained_on", "closed_on"]),
    ("remedial_plan_reviews", ["id", "plan_id", "reviewed_on", "meeting_id", "outcome", "impact"]),
    ("workforce_assessments", ["id", "partnership_id", "planned_audit_id", "title", "opens_on", "returns_due_on",
                               "reported_on", "reported_at_meeting_id", "findings"]),
    ("workforce_returns", ["id", "assessment_id", "agency_id", "organisation", "organisation_key", "organisation_type",
                           "returned_on", "notes"]),
    ("workforce_ratings", ["return_id", "domain", "compliance"]),
    ("workforce_support_actions", ["id", "return_id", "domain", "support", "by_whom", "due_on", "completed_on"]),
    ("imr_action_plans", ["id", "partnership_id", "case_label", "case_key", "referral_id", "agency_id", "received_on",
                          "signed_off_on", "signed_off_meeting_id", "sign_off_note"]),
    ("imr_plan_actions", ["id", "plan_id", "action", "due_on", "completed_on"]),
    ("learning_referrals", ["id", "partnership_id", "kind", "source", "source_id", "source_label", "need", "raised_on",
                            "for_group_id", "responded_on", "response"]),
    ("training_courses", ["id", "partnership_id", "title", "level", "themes", "delivery", "provider", "description"]),
    ("training_events", ["id", "course_id", "held_on", "starts_at", "ends_at", "venue", "capacity", "trainers",
                         "cancelled_on"]),
    ("training_bookings", ["id", "event_id", "name", "work_email", "email_key", "agency_id", "organisation",
                           "manager_email", "requested_on", "status", "cancelled_on", "substitute_name", "attendance",
                           "approval_token_hash", "confirmed_by"]),
    ("training_conference_sessions", ["id", "event_id", "starts_at", "ends_at", "kind", "title", "speaker",
                                      "organisation"]),
    ("training_budget_requests", ["id", "partnership_id", "year_start", "submitted_on", "submitted_to_group_id",
                                  "decided_on", "agreed_pence", "decision_note"]),
    ("training_budget_items", ["id", "request_id", "description", "pence"]),
    ("elearning_completions", ["id", "partnership_id", "module", "name", "email", "completion_key", "agency_id",
                               "organisation", "completed_on"]),
    ("case_audit_targets", ["partnership_id", "cases_per_quarter"]),
    ("audited_cases", ["id", "partnership_id", "planned_audit_id", "reference", "reference_key", "selected_on", "focus",
                       "discussed_on"]),
    ("audited_case_parts", ["id", "case_id", "agency_id", "summary", "completed_on"]),
    ("audited_case_grades", ["case_id", "domain", "grade"]),
    ("audited_case_findings", ["id", "case_id", "agency_id", "kind", "text", "follow_up", "follow_up_text", "due_on",
                               "completed_on"]),
]
COLUMNS = dict(TABLES)
ID_TABLES = [t for t, cols in TABLES if cols[0] == "id"]

# name, sector (governance::Sectors codes), statutory, seats on the Board
AGENCIES = [
    ("Independent Chair", "independent", 0, 1),
    ("Council Children's Social Care", "local_authority", 1, 1),
    ("Director of Children's Services", "local_authority", 1, 1),
    ("Council Adult Social Care", "local_authority", 1, 1),
    ("Council Housing", "local_authority", 0, 1),
    ("Community Safety Partnership", "local_authority", 1, 1),
    ("Council Education and Schools", "education", 1, 1),
    ("Primary schools", "education", 0, 1),
    ("Secondary schools", "education", 0, 1),
    ("Special schools", "education", 0, 1),
    ("Further Education College", "education", 0, 1),
    ("Police", "police", 1, 1),
    ("Probation", "probation", 1, 1),
    ("Youth Offending Team", "youth_justice", 1, 1),
    ("CAFCASS", "other", 1, 1),
    ("Acute Hospital Trust", "health", 1, 1),
    ("Community Health Services", "health", 1, 1),
    ("Mental Health Trust", "health", 1, 1),
    ("Health Commissioners", "health", 1, 1),
    ("Designated Doctor", "health", 1, 1),
    ("Designated Nurse", "health", 1, 1),
    ("Ambulance Service", "health", 0, 1),
    ("Prison", "prison", 1, 1),
    ("Secure Training Centre", "prison", 1, 1),
    ("Voluntary sector", "voluntary", 0, 1),
    ("NSPCC", "voluntary", 0, 1),
    ("Lay members", "lay", 0, 2),
]
# Agencies (by index into AGENCIES) that sit on each non-Board group.
POLICE, CSC, HEALTH_COMM, DES_NURSE, DES_DOC, HOSPITAL, EDUCATION, PROBATION, VOLUNTARY = 11, 1, 18, 20, 19, 15, 6, 12, 24
# name, short name, kind, cadence, meetings a year, quorum members, quorum agencies,
# procedure approval agencies, confidential area, agencies sitting on it
GROUPS = [
    ("Safeguarding Children Board", "Board", "board", "quarterly", 6, 8, 4, 0, "none", None),
    ("Business Management Group", "BMG", "business_management_group", "six_weekly", 8, 0, 2, 0, "none",
     [POLICE, CSC, HEALTH_COMM, EDUCATION, PROBATION, VOLUNTARY, DES_NURSE]),
    ("Quality Assurance Sub-Group", "QA", "sub_group", "six_weekly", 8, 0, 2, 0, "none",
     [POLICE, CSC, DES_NURSE, PROBATION, EDUCATION, VOLUNTARY, 16]),
    ("Policy and Procedure Sub-Group", "P&P", "sub_group", "six_weekly", 8, 0, 2, 3, "none",
     [POLICE, CSC, DES_NURSE, EDUCATION, 17, 13]),
    ("Safer Workforce Sub-Group", "SW", "sub_group", "six_weekly", 8, 0, 2, 0, "none",
     [CSC, EDUCATION, HOSPITAL, POLICE, 10, VOLUNTARY]),
    ("Communication and Engagement Sub-Group", "Comms", "sub_group", "six_weekly", 8, 0, 2, 0, "none",
     [CSC, VOLUNTARY, 25, EDUCATION, 16, 26]),
    ("Training and Development Sub-Group", "T&D", "sub_group", "six_weekly", 8, 0, 2, 0, "none",
     [CSC, EDUCATION, HOSPITAL, 16, POLICE, VOLUNTARY, PROBATION, 17, 25]),
    ("Missing Children Sub-Group", "Missing", "sub_group", "six_weekly", 8, 0, 2, 0, "none",
     [POLICE, CSC, 13, EDUCATION, 25, 4]),
    ("Child Death Overview Panel", "CDOP", "panel", "bi_monthly", 6, 0, 2, 0, "child_deaths",
     [DES_DOC, DES_NURSE, POLICE, CSC, HOSPITAL, 21, 26]),
    ("Case Review Panel", "CRP", "panel", "six_weekly", 8, 0, 0, 0, "case_reviews",
     [POLICE, CSC, HEALTH_COMM, DES_NURSE, EDUCATION, PROBATION]),
    ("Domestic Abuse Working Group", "DA", "working_group", "monthly", 12, 0, 2, 0, "none",
     [POLICE, CSC, PROBATION, 3, VOLUNTARY, 17, 4]),
    ("Neglect Task and Finish Group", "Neglect", "task_and_finish", "monthly", 12, 0, 2, 0, "none",
     [CSC, EDUCATION, 16, HOSPITAL, VOLUNTARY, 4]),
]
FIRST_NAMES = ["Alex", "Sam", "Jo", "Chris", "Pat", "Jordan", "Morgan", "Taylor", "Jamie", "Robin",
               "Leslie", "Kim", "Lee", "Ashley", "Dana", "Jessie", "Frankie", "Charlie", "Drew", "Ellis",
               "Harper", "Kai", "Nico", "Rowan", "Sasha", "Toni", "Vic", "Remy", "Quinn", "Avery"]
LAST_NAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
              "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
              "Wood", "Jackson", "Clarke", "Khan", "Hughes", "Edwards", "Lewis", "Hill", "Moore", "Ali",
              "Begum", "Turner", "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Scott", "Young"]
STATUSES = ["present"] * 75 + ["apologies"] * 12 + ["deputy"] * 8 + ["absent"] * 5
RAGS = ["green"] * 55 + ["amber"] * 35 + ["red"] * 10
CLUSTERS = ["Staying safe", "Engagement with prevention", "Engagement with child protection", "Quality and improvement"]
CP_MEASURES = ["initial_assessments", "core_assessments", "s47_enquiries", "initial_conferences",
               "became_subject", "plans_at_year_end", "plans_ceased", "with_previous_plan",
               "ceased_after_two_years", "reviews_on_time_percent", "category:neglect",
               "category:emotional", "category:physical", "category:sexual", "category:multiple",
               "age:unborn", "age:under_1", "age:1_4", "age:5_9", "age:10_15", "age:16_17"]
CDOP_CATEGORIES = (["perinatal"] * 35 + ["chromosomal"] * 20 + ["chronic_medical"] * 10 +
                   ["infection"] * 10 + ["acute_medical"] * 6 + ["malignancy"] * 6 + ["trauma"] * 6 +
                   ["sudden_unexplained"] * 4 + ["suicide"] * 2 + ["deliberate_injury"] * 1)
AREAS = ["individual_case", "community_education", "local_organisation", "advocacy", "legislation",
         "regional_policy", "training", "national_education", "mobilising_communities"]
PLACES = ["hospital"] * 70 + ["home"] * 18 + ["hospice"] * 6 + ["public_place"] * 4 + ["abroad", "other"]
NOTIFIERS = ["Coroner's officer", "Paediatric liaison, acute hospital", "Midwifery, acute hospital",
             "Community children's nursing team", "GP practice", "Police"]
FACTORS = ["Parental care", "Cigarette smoking", "Medical care", "Accident", "Consanguinity",
           "Unsafe sleeping", "Supervision"]
VERBS = ["Review", "Audit", "Develop", "Deliver", "Publish", "Monitor", "Agree", "Evaluate",
         "Refresh", "Embed"]
SUBJECTS = ["the multi-agency threshold document", "Section 11 self-assessments",
            "the neglect strategy", "safer recruitment practice in schools",
            "the domestic abuse pathway", "training on child sexual exploitation",
            "the escalation policy", "the early help offer", "information sharing guidance",
            "private fostering awareness", "the LADO annual report", "the missing children protocol",
            "young carers' support", "parental mental health referrals", "e-safety guidance"]


def financial_year_label(year):
    return "%d-%02d" % (year, (year + 1) % 100)


class Ids:
    """The next id of each table, starting past what the database already holds."""

    def __init__(self, max_ids):
        self.next = {t: max_ids.get(t, 0) + 1 for t in ID_TABLES}

    def take(self, table):
        value = self.next[table]
        self.next[table] = value + 1
        return value


def meeting_dates(rng, year, count):
    """`count` meeting dates spread over the financial year starting 1 April `year`, weekdays."""
    start = dt.date(year, 4, 1).toordinal()
    span = dt.date(year + 1, 3, 31).toordinal() - start
    out = []
    for i in range(count):
        day = start + (span * i) // count + rng.randrange(0, max(1, span // count - 7)) + 3
        d = dt.date.fromordinal(day)
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        out.append(d)
    return sorted(set(out))


def generate_partnership(number, seed, years, ids, password_hash):
    """Yields (table, rows) for one partnership, tables in insertion order."""
    rng = random.Random("%s-%d" % (seed, number))
    slug = "national-%03d" % number
    area = "Area %03d" % number
    first = dt.date(years[0] - 1, 4, 1)  # memberships and agencies start a year before the first year
    pid = ids.take("partnerships")
    yield "partnerships", [(pid, slug, "%s Safeguarding Children Board" % area, area, CREATED_AT,
                            "%d-10-20" % years[-1], "%d-09-01" % years[-1], "%d-02-15" % (years[-1] + 1))]

    # Agencies with two people per seat (holders in turn) and a deputy, and the board team.
    agency_ids = []
    rows = []
    for name, sector, statutory, _seats in AGENCIES:
        aid = ids.take("agencies")
        agency_ids.append(aid)
        signed = (first + dt.timedelta(days=rng.randrange(0, 200))).isoformat() if statutory else None
        rows.append((aid, pid, name, sector, statutory, signed, first.isoformat(), None))
    yield "agencies", rows

    people_of = {}
    rows = []
    users = []
    for a, (aname, _sector, _statutory, seats) in enumerate(AGENCIES):
        people_of[a] = []
        for k in range(3 + (seats - 1) * 2):
            person = ids.take("people")
            people_of[a].append(person)
            full = "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
            email = "%s.%d@%s.example.org" % (full.lower().replace(" ", "."), person, slug)
            rows.append((person, pid, full, "Representative, %s" % aname, agency_ids[a], email, "", None, None))
    team = []
    bm_user = None
    if password_hash:
        bm_user = ids.take("users")
        users.append((bm_user, "business.manager@%s.safeboard.test" % slug,
                      "Business Manager (%s)" % area, password_hash, 0, 0, CREATED_AT))
    for title in ("Business Manager", "Board Administrator", "Inter-Agency Training Manager"):
        person = ids.take("people")
        full = "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
        user = bm_user if title == "Business Manager" else None
        rows.append((person, pid, full, title, agency_ids[CSC], "%s.%d@%s.example.org" % (
            full.lower().replace(" ", "."), person, slug), "", user, None))
        team.append(person)
    if users:
        yield "users", users
    yield "people", rows

    # Groups: the Board first (parent of the BMG), the BMG (parent of the rest).
    group_ids = []
    rows = []
    quorum_rows = []
    for g, (name, short, kind, cadence, _per_year, qm, qa, pa, area_code, sitting) in enumerate(GROUPS):
        gid = ids.take("partnership_groups")
        group_ids.append(gid)
        parent = None if g == 0 else (group_ids[0] if g == 1 else group_ids[1])
        members = range(len(AGENCIES)) if sitting is None else sitting
        chair = people_of[0][0] if g == 0 else people_of[list(members)[0]][0]
        vice = people_of[16][0] if g == 0 else None
        rows.append((gid, pid, "%s %s" % (area, name) if g == 0 else name, short, kind, parent, chair, vice,
                     cadence, "# %s\n\nTerms of reference of the %s." % (name, name),
                     "%d-05-10" % years[-1], None, qm, qa, pa, area_code))
        if area_code == "case_reviews":
            quorum_rows += [(gid, agency_ids[POLICE]), (gid, agency_ids[CSC]), (gid, agency_ids[HEALTH_COMM])]
    yield "partnership_groups", rows
    yield "group_quorum_agencies", quorum_rows

    # Seats: one per agency seat on the Board, one per sitting agency elsewhere. Each seat's holder
    # may change in any year; the old membership ends the day before the new one starts.
    end_of_data = dt.date(years[-1] + 1, 3, 31)
    group_members = {g: [] for g in range(len(GROUPS))}  # (membership id, start, end, agency index)
    rows = []
    for g, group in enumerate(GROUPS):
        sitting = group[9]
        seats = []
        if sitting is None:
            for a, agency in enumerate(AGENCIES):
                seats += [(a, s) for s in range(agency[3])]
        else:
            seats = [(a, 0) for a in sitting]
        for a, s in seats:
            holders = people_of[a][s * 2:s * 2 + 2]  # two people take turns in a seat
            holder = 0
            start = first + dt.timedelta(days=rng.randrange(0, 60))
            role = "professional_adviser" if g == 0 and a in (DES_DOC, DES_NURSE) else "core_member"
            while True:
                end = None
                if rng.random() < 0.12 * len(years) / 2:
                    change = start + dt.timedelta(days=rng.randrange(120, 365 * max(2, len(years))))
                    if change < end_of_data:
                        end = change - dt.timedelta(days=1)
                mid = ids.take("memberships")
                rows.append((mid, pid, group_ids[g], holders[holder % len(holders)], agency_ids[a], role,
                             start.isoformat(), end.isoformat() if end else None,
                             (start + dt.timedelta(days=rng.randrange(0, 30))).isoformat()))
                group_members[g].append((mid, start, end, a))
                if end is None:
                    break
                start = end + dt.timedelta(days=1)
                holder += 1
        # The board team administers every group; the business manager's membership gives the
        # account its role.
        for person in (team[:1] if g else team[:2]):
            mid = ids.take("memberships")
            rows.append((mid, pid, group_ids[g], person, agency_ids[CSC], "board_administration",
                         first.isoformat(), None, first.isoformat()))
    yield "memberships", rows

    # Meetings, attendance, agendas, minutes, decisions.
    meeting_rows, attendance_rows, agenda_rows, minute_rows, decision_rows = [], [], [], [], []
    meetings_by_group = {g: [] for g in range(len(GROUPS))}  # (id, date, cancelled)
    for year in years:
        for g, group in enumerate(GROUPS):
            for d in meeting_dates(rng, year, group[4]):
                mid = ids.take("meetings")
                cancelled = 1 if rng.random() < 0.02 else 0
                meeting_rows.append((mid, pid, group_ids[g], group[0] if g else "Board meeting", d.isoformat(),
                                     "10:00" if g != 8 else "13:30", "Civic Offices, %s" % area, cancelled, 1))
                meetings_by_group[g].append((mid, d, cancelled))
                if cancelled:
                    continue
                for membership, start, end, a in group_members[g]:
                    if start <= d and (end is None or end >= d):
                        status = rng.choice(STATUSES)
                        deputy = None
                        if status == "deputy":
                            if AGENCIES[a][1] == "lay":
                                status = "apologies"  # a lay member sends no deputy
                            else:
                                deputy = people_of[a][-1]  # the agency's third person stands in
                        attendance_rows.append((mid, membership, status, deputy))
    for g, group in enumerate(GROUPS):
        held = [m for m in meetings_by_group[g] if not m[2]]
        for i, (mid, d, _c) in enumerate(held):
            position = 1
            if i > 0:
                prev = held[i - 1]
                agenda_rows.append((ids.take("agenda_items"), pid, mid, position, "Minutes of the meeting of %s" % prev[1].isoformat(),
                                    "", 1, 0, "minutes", prev[0], ""))
                position += 1
                agenda_rows.append((ids.take("agenda_items"), pid, mid, position, "Matters arising", "", 0, 0,
                                    "matters_arising", None, ""))
                position += 1
            item = ids.take("agenda_items")
            agenda_rows.append((item, pid, mid, position, "%s %s" % (rng.choice(VERBS), rng.choice(SUBJECTS)),
                                "", 1 if g < 2 else 0, 1 if g in (8, 9) else 0, "", None, ""))
            if i + 1 < len(held):
                nxt = held[i + 1]
                minute_rows.append((mid, pid, "Minutes of the %s meeting." % group[1], "approved", d.isoformat(),
                                    nxt[0], nxt[1].isoformat()))
            else:
                minute_rows.append((mid, pid, "Minutes of the %s meeting." % group[1], "draft", None, None, None))
            if g < 2:
                decision_rows.append((ids.take("decisions"), pid, mid, group_ids[g], d.isoformat(),
                                      "The %s agreed to %s %s." % (group[1], rng.choice(VERBS).lower(), rng.choice(SUBJECTS)),
                                      0, None, item, 0))
    yield "meetings", meeting_rows
    yield "attendance", attendance_rows
    yield "agenda_items", agenda_rows
    yield "minutes", minute_rows
    yield "decisions", decision_rows

    # Business plans: one a year, 8 objectives, 200 actions, about 4 progress updates each.
    board_meetings = {}
    for mid, d, c in meetings_by_group[0]:
        if not c:
            board_meetings.setdefault(d.year if d.month >= 4 else d.year - 1, mid)
    plan_rows, objective_rows, risk_rows, action_rows, lead_rows, update_rows = [], [], [], [], [], []
    for year in years:
        plan = ids.take("plans")
        plan_rows.append((plan, pid, "Business Plan %s" % financial_year_label(year), "%d-04-01" % year,
                          "%d-03-31" % (year + 1), board_meetings.get(year), "1. Neglect\n2. Domestic abuse\n3. Exploitation"))
        start = dt.date(year, 4, 1).toordinal()
        for o in range(8):
            objective = ids.take("objectives")
            lead = group_ids[1 + (o % 7)]
            objective_rows.append((objective, pid, plan, o + 1, "%d. Outcome %d of the %s plan" % (o + 1, o + 1, financial_year_label(year)),
                                   lead))
            risk_rows.append((ids.take("objective_risks"), objective, 1, "Capacity of partners",
                              "Actions slip", rng.randint(1, 5), rng.randint(1, 5)))
            for a in range(25):
                action = ids.take("plan_actions")
                kind = rng.random()
                if kind < 0.1:
                    by_when = "ongoing"
                elif kind < 0.15:
                    by_when = "after 3 months: new guidance"
                elif kind < 0.3:
                    by_when = "%s %s" % (dt.date.fromordinal(start + rng.randrange(60, 180)).isoformat(),
                                         dt.date.fromordinal(start + rng.randrange(180, 364)).isoformat())
                else:
                    by_when = dt.date.fromordinal(start + rng.randrange(30, 364)).isoformat()
                person = rng.choice(people_of[rng.randrange(len(AGENCIES))]) if rng.random() < 0.3 else None
                action_rows.append((action, pid, objective, a + 1, "%s %s" % (rng.choice(VERBS), rng.choice(SUBJECTS)),
                                    "Completed and reported to the %s" % GROUPS[1 + (o % 7)][1],
                                    "Staff time", rng.choice((0, 0, 0, 50000, 120000, 250000)), by_when, None, ""))
                # The group leads; some actions also name a person (issue 14: several leads).
                lead_rows.append((action, 1, lead, None, None))
                if person is not None:
                    lead_rows.append((action, 2, None, None, person))
                days = sorted(rng.sample(range(20, 400), rng.randint(2, 6)))
                for day in days:
                    update_rows.append((ids.take("progress_updates"), pid, action,
                                        dt.date.fromordinal(start + day).isoformat(),
                                        "Progress reported to the %s." % GROUPS[1 + (o % 7)][1], rng.choice(RAGS),
                                        None, "Business Manager"))
    yield "plans", plan_rows
    yield "objectives", objective_rows
    yield "objective_risks", risk_rows
    yield "plan_actions", action_rows
    yield "plan_action_leads", lead_rows
    yield "progress_updates", update_rows

    # Performance data.
    population = rng.randrange(20000, 250000)
    yield "child_populations", [(pid, y, population + (y - years[0]) * 300) for y in years]
    figures = []
    for y in years:
        for m in CP_MEASURES:
            figures.append((pid, y, m, rng.randrange(0, 100) if m.endswith("percent") else rng.randrange(0, 2000)))
    yield "child_protection_figures", figures
    # Each board's own clusters (issue 14).
    cluster_rows = [(ids.take("indicator_clusters"), pid, name, position + 1) for position, name in enumerate(CLUSTERS)]
    yield "indicator_clusters", cluster_rows
    indicator_rows, value_rows, target_rows, comparator_rows = [], [], [], []
    for k in range(100):
        iid = ids.take("indicators")
        unit = "percentage" if k % 10 < 4 else ("rate_per_10000" if k % 10 == 9 else "count")
        indicator_rows.append((iid, pid, "NAT %03d" % (k + 1), "National indicator %d" % (k + 1), cluster_rows[k % 4][0],
                               agency_ids[rng.choice((CSC, POLICE, HOSPITAL, EDUCATION))], unit,
                               "higher" if k % 3 else "lower", "quarterly"))
        top = 100.0 if unit == "percentage" else 500.0
        for y in years:
            label = financial_year_label(y)
            for q in range(1, 5):
                value_rows.append((iid, "%s Q%d" % (label, q), round(rng.uniform(0, top), 1)))
            target_rows.append((iid, label, round(rng.uniform(0, top), 1)))
            comparator_rows.append((iid, label, "national", round(rng.uniform(0, top), 1)))
    yield "indicators", indicator_rows
    yield "indicator_values", value_rows
    yield "indicator_targets", target_rows
    yield "indicator_comparators", comparator_rows

    # Child deaths: 25 notified a year, reviewed at a CDOP meeting two months or more later.
    cdop = [(mid, d) for mid, d, c in meetings_by_group[8] if not c]
    notification_rows, review_rows = [], []
    for y in years:
        start = dt.date(y, 4, 1).toordinal()
        for n in range(25):
            nid = ids.take("child_death_notifications")
            notified = start + (365 * n) // 25 + rng.randrange(0, 14)
            death = notified - rng.randrange(0, 10)
            birth = death - rng.randrange(0, 18 * 365)
            notified_on = dt.date.fromordinal(notified)
            notification_rows.append((nid, pid, "CD-%d-%03d" % (y, n + 1), dt.date.fromordinal(birth).isoformat(),
                                      dt.date.fromordinal(death).isoformat(), rng.choice(("female", "male")),
                                      0 if rng.random() < 0.05 else 1, rng.choice(PLACES),
                                      "expected" if rng.random() < 0.6 else "unexpected", rng.choice(NOTIFIERS),
                                      notified_on.isoformat()))
            if rng.random() < 0.1:
                continue  # awaiting review (an inquest, or reviewed by the home area's panel)
            panel = next(((mid, d) for mid, d in cdop if d.toordinal() >= notified + 60), None)
            if panel is None:
                continue
            modifiable = rng.choice(["identified"] * 25 + ["not_identified"] * 70 + ["inadequate_information"] * 5)
            review_rows.append((nid, panel[0], panel[1].isoformat(), rng.choice(CDOP_CATEGORIES), modifiable,
                                rng.choice(FACTORS) if modifiable == "identified" else "",
                                1 if rng.random() < 0.04 else 0, 0, "Learning shared with the partner agencies.",
                                ",".join(sorted(rng.sample(AREAS, rng.randint(1, 2)))) if modifiable == "identified" else "none"))
    yield "child_death_notifications", notification_rows
    yield "child_death_reviews", review_rows

    # Quality assurance (issue 16): a programme per year; a Section 11 round every other year.
    qa_group = group_ids[2]
    qa_held = [(mid, d) for mid, d, c in meetings_by_group[2] if not c]
    board_held = [(mid, d) for mid, d, c in meetings_by_group[0] if not c]
    template = ids.take("section11_templates")
    yield "section11_templates", [(template, pid, "Section 11 standards", 1, "Fully met\nPartly met\nNot met", None)]
    standards = [ids.take("section11_standards") for _ in range(8)]
    yield "section11_standards", [(sid, template, k + 1, str(k + 1), "Standard %d of the Section 11 duties" % (k + 1), "")
                                  for k, sid in enumerate(standards)]
    programme_rows, audit_rows, round_rows, return_rows, answer_rows, s11_action_rows = [], [], [], [], [], []
    kinds = ("section_11", "case_file", "thematic", "safer_workforce", "single_agency")
    case_file_audits, workforce_audits = {}, {}
    for y in years:
        start, end = dt.date(y, 4, 1), dt.date(y + 1, 3, 31)
        programme = ids.take("audit_programmes")
        agreed = next((mid for mid, d in qa_held if start <= d <= end), None)
        programme_rows.append((programme, pid, y, "1. Section 11 duties\n2. Neglect", agreed))
        section11_audit = None
        for k, kind in enumerate(kinds):
            audit = ids.take("planned_audits")
            begins = start + dt.timedelta(days=30 + 60 * k)
            due = begins + dt.timedelta(days=150)
            report = next(((mid, d) for mid, d in board_held if due - dt.timedelta(days=30) <= d <= due + dt.timedelta(days=60)), None)
            audit_rows.append((audit, pid, programme, "%s %s" % (kind.replace("_", " ").capitalize(), financial_year_label(y)),
                               kind, rng.choice(SUBJECTS), qa_group, begins.isoformat(), due.isoformat(),
                               report[1].isoformat() if report else None, report[0] if report else None,
                               "Findings reported to the Board." if report else ""))
            if kind == "section_11":
                section11_audit = audit
            if kind == "case_file":
                case_file_audits[y] = audit
            if kind == "safer_workforce":
                workforce_audits[y] = (audit, begins, due)
        if (y - years[0]) % 2:
            continue
        round_id = ids.take("section11_rounds")
        opens, due = start + dt.timedelta(days=60), start + dt.timedelta(days=180)
        round_rows.append((round_id, pid, template, "Section 11 audit %s" % financial_year_label(y), opens.isoformat(),
                           due.isoformat(), qa_group, section11_audit))
        for a, (_name, _sector, statutory, _seats) in enumerate(AGENCIES):
            if not statutory:
                continue
            ret = ids.take("section11_returns")
            submitted = due + dt.timedelta(days=rng.randrange(-60, 20))
            return_rows.append((ret, pid, round_id, agency_ids[a], people_of[a][0], submitted.isoformat()))
            for sid in standards:
                grade = 1 if rng.random() < 0.85 else rng.choice((2, 2, 3))
                answer_rows.append((ids.take("section11_answers"), ret, sid, grade, "Evidence held by the agency.",
                                    None, None, "", None))
                if grade > 1:
                    action_due = submitted + dt.timedelta(days=180)
                    done = action_due - dt.timedelta(days=rng.randrange(0, 120)) if rng.random() < 0.8 else None
                    s11_action_rows.append((ids.take("section11_actions"), pid, ret, sid, "Close the gap in %s" % rng.choice(SUBJECTS),
                                            "Agency lead", action_due.isoformat(), "Reported to the QA sub-group",
                                            done.isoformat() if done else None))
    yield "audit_programmes", programme_rows
    yield "planned_audits", audit_rows
    yield "section11_rounds", round_rows
    yield "section11_returns", return_rows
    yield "section11_answers", answer_rows
    yield "section11_actions", s11_action_rows

    # A safer workforce self-assessment a year: the statutory agencies and 6 to 10 other
    # organisations return, about 1 in 3 with a deficit in some domain, each deficit supported.
    assessment_rows, wf_return_rows, rating_rows, support_rows = [], [], [], []
    workforce_domains = ("recruitment", "induction_and_guidance", "safe_working_culture", "monitoring")
    for y in years:
        audit, begins, due = workforce_audits[y]
        aid = ids.take("workforce_assessments")
        assessment_rows.append((aid, pid, audit, "Safer recruitment self-assessment %s" % financial_year_label(y),
                                begins.isoformat(), (begins + dt.timedelta(days=45)).isoformat(), due.isoformat(), None,
                                "A good level of compliance; some deficits supported."))
        organisations = [(agency_ids[a], "", "agency:%d" % agency_ids[a], "board_agency")
                         for a, (_n, _s, statutory, _seats) in enumerate(AGENCIES) if statutory]
        for k in range(rng.randrange(6, 11)):
            name = "%s %d" % (rng.choice(("Primary School", "Nursery", "Youth Club", "Academy", "Care Provider")), k + 1)
            organisations.append((None, name, name.lower(), rng.choice(("school", "early_years", "voluntary", "commissioning"))))
        for agency, name, key, kind in organisations:
            rid = ids.take("workforce_returns")
            returned = begins + dt.timedelta(days=rng.randrange(5, 45))
            wf_return_rows.append((rid, aid, agency, name, key, kind, returned.isoformat(), ""))
            for domain in workforce_domains:
                compliance = "compliant" if rng.random() < 0.9 else rng.choice(("partly_compliant", "not_compliant"))
                rating_rows.append((rid, domain, compliance))
                if compliance != "compliant":
                    support_due = returned + dt.timedelta(days=120)
                    support_rows.append((ids.take("workforce_support_actions"), rid, domain, "Guidance and training",
                                         "Safer Workforce Sub-Group", support_due.isoformat(),
                                         (support_due - dt.timedelta(days=rng.randrange(0, 60))).isoformat()))
    yield "workforce_assessments", assessment_rows
    yield "workforce_returns", wf_return_rows
    yield "workforce_ratings", rating_rows
    yield "workforce_support_actions", support_rows

    # Two IMR action plans a year (an agency's plan from its own review of a case), 2 to 4 actions
    # each, signed off once complete; and from each year's audits a training need and a procedure
    # review raised, most answered.
    imr_rows, imr_action_rows, referral_rows = [], [], []
    for y in years:
        for k in range(2):
            plan = ids.take("imr_action_plans")
            received = dt.date(y, 4, 1) + dt.timedelta(days=rng.randrange(0, 120))
            label = "Case %d-%d" % (y, k + 1)
            last = received
            for n in range(rng.randrange(2, 5)):
                due = received + dt.timedelta(days=60 * (n + 1))
                done = due - dt.timedelta(days=rng.randrange(0, 30)) if rng.random() < 0.85 else None
                last = max(last, done) if done else last
                imr_action_rows.append((ids.take("imr_plan_actions"), plan, "Action %d of the plan" % (n + 1),
                                        due.isoformat(), done.isoformat() if done else None))
            complete = all(row[4] for row in imr_action_rows if row[1] == plan)
            signed = (last + dt.timedelta(days=30)).isoformat() if complete else None
            imr_rows.append((plan, pid, label, label.lower(), None, agency_ids[rng.randrange(len(AGENCIES) - 1)],
                             received.isoformat(), signed, None, "Complete." if signed else ""))
        for kind in ("training_need", "procedure_review"):
            raised = dt.date(y, 4, 1) + dt.timedelta(days=rng.randrange(60, 300))
            answered = raised + dt.timedelta(days=rng.randrange(20, 60)) if rng.random() < 0.7 else None
            referral_rows.append((ids.take("learning_referrals"), pid, kind, "planned_audit", case_file_audits[y],
                                  "Case file audit %s" % financial_year_label(y), "Learning about %s" % rng.choice(SUBJECTS),
                                  raised.isoformat(), qa_group, answered.isoformat() if answered else None,
                                  "Taken up." if answered else ""))
    yield "imr_action_plans", imr_rows
    yield "imr_plan_actions", imr_action_rows
    yield "learning_referrals", referral_rows

    # The training programme: six courses and a conference; about 60 events a year of about 25
    # places, most filled and attended (a few no-shows and cancellations), by a pool of
    # practitioners who come more than once; and e-learning completions.
    course_ids = []
    course_rows = []
    for title, delivery in (("Working Together", "classroom"), ("Domestic abuse", "classroom"), ("Neglect", "classroom"),
                            ("Common Assessment Framework", "classroom"), ("Safer recruitment", "classroom"),
                            ("Basic awareness", "briefing"), ("Annual conference", "conference")):
        cid = ids.take("training_courses")
        course_ids.append((cid, delivery))
        course_rows.append((cid, pid, title, "inter_agency", "", delivery, "pool", ""))
    yield "training_courses", course_rows
    event_rows, booking_rows, completion_rows = [], [], []
    session_rows, budget_rows, budget_item_rows = [], [], []
    pool = 1500
    for y in years:
        # The year's budget request: three items, submitted in February, agreed in March.
        rid = ids.take("training_budget_requests")
        amounts = [rng.randrange(5000, 15000) * 100 for _ in range(3)]
        budget_rows.append((rid, pid, y, "%d-02-10" % y, None, "%d-03-15" % y, sum(amounts) - rng.randrange(0, 2) * 100000, ""))
        for what, pence in zip(("Trainers", "Materials", "Conference"), amounts):
            budget_item_rows.append((ids.take("training_budget_items"), rid, what, pence))
        for n in range(60):
            cid, delivery = course_ids[-1] if n == 30 else course_ids[n % (len(course_ids) - 1)]
            eid = ids.take("training_events")
            held = dt.date(y, 4, 1) + dt.timedelta(days=(n * 6) % 360)
            capacity = 200 if delivery == "conference" else 25
            event_rows.append((eid, cid, held.isoformat(), "09:30", "16:30", "Civic Centre", capacity, "Pool trainers", None))
            if delivery == "conference":
                for start, end, kind, title in (("09:30", "10:30", "talk", "Keynote"), ("11:00", "12:30", "workshop", "Neglect"),
                                                ("11:00", "12:30", "workshop", "Domestic abuse"),
                                                ("13:30", "15:00", "workshop", "Working together")):
                    session_rows.append((ids.take("training_conference_sessions"), eid, start, end, kind, title,
                                         "Speaker %d" % rng.randrange(1000), ""))
            taken = set()
            for k in range(capacity - rng.randrange(0, 4)):
                person = rng.randrange(pool)
                if person in taken:
                    continue
                taken.add(person)
                email = "practitioner%d@agency%d.example.org" % (person, person % len(AGENCIES))
                roll = rng.random()
                status, attendance, cancelled = "confirmed", "attended", None
                if roll < 0.04:
                    attendance = "did_not_attend"
                elif roll < 0.07:
                    status, attendance, cancelled = "cancelled", None, (held - dt.timedelta(days=7)).isoformat()
                booking_rows.append((ids.take("training_bookings"), eid, "Practitioner %d" % person, email, email,
                                     agency_ids[person % (len(AGENCIES) - 1)], "", "", (held - dt.timedelta(days=21)).isoformat(),
                                     status, cancelled, "", attendance, None, "team"))
        for person in range(rng.randrange(200, 400)):
            email = "learner%d@agency%d.example.org" % (person, person % len(AGENCIES))
            done = dt.date(y, 4, 1) + dt.timedelta(days=rng.randrange(0, 360))
            completion_rows.append((ids.take("elearning_completions"), pid, "Basic Safeguarding", "Learner %d" % person, email,
                                    "basic safeguarding|%s|%s" % (email, done.isoformat()),
                                    agency_ids[person % (len(AGENCIES) - 1)], "", done.isoformat()))
    yield "training_events", event_rows
    yield "training_bookings", booking_rows
    yield "training_conference_sessions", session_rows
    yield "training_budget_requests", budget_rows
    yield "training_budget_items", budget_item_rows
    yield "elearning_completions", completion_rows

    # Multi-agency case file audits: a target of 4 cases a quarter, 3 to 5 audited, each known by
    # a pseudonymous reference, 2 to 4 agencies' parts, graded at a discussion in every domain,
    # 1 to 3 findings (deficits mostly actions, most completed, or training referrals).
    yield "case_audit_targets", [(pid, 4)]
    case_rows, part_rows, grade_rows, finding_rows = [], [], [], []
    domains = ("recognition_of_risk", "assessment", "planning", "joint_working", "impact", "overall")
    grades = ("outstanding", "good", "good", "good", "requires_improvement", "requires_improvement", "inadequate")
    for y in years:
        for quarter in range(4):
            for k in range(rng.randrange(3, 6)):
                cid = ids.take("audited_cases")
                reference = "CFA-%d-%d-%d" % (y, quarter + 1, k + 1)
                selected = dt.date(y, 4, 1) + dt.timedelta(days=91 * quarter + rng.randrange(0, 20))
                completed = selected + dt.timedelta(days=rng.randrange(14, 35))
                discussed = completed + dt.timedelta(days=rng.randrange(3, 20))
                case_rows.append((cid, pid, case_file_audits[y], reference, reference.lower(), selected.isoformat(),
                                  "A child protection plan: %s" % rng.choice(SUBJECTS), discussed.isoformat()))
                involved = rng.sample(range(len(AGENCIES) - 1), rng.randrange(2, 5))
                for a in involved:
                    part_rows.append((ids.take("audited_case_parts"), cid, agency_ids[a],
                                      "What the agency's records show.", completed.isoformat()))
                grade_rows += [(cid, domain, rng.choice(grades)) for domain in domains]
                for _ in range(rng.randrange(1, 4)):
                    a = rng.choice(involved)
                    roll = rng.random()
                    if roll < 0.35:
                        finding_rows.append((ids.take("audited_case_findings"), cid, agency_ids[a], "strength",
                                             "Good practice in %s." % rng.choice(SUBJECTS), "noted", "", None, None))
                    elif roll < 0.8:
                        due = discussed + dt.timedelta(days=90)
                        done = due - dt.timedelta(days=rng.randrange(0, 60)) if rng.random() < 0.8 else None
                        finding_rows.append((ids.take("audited_case_findings"), cid, agency_ids[a], "deficit",
                                             "A gap in %s." % rng.choice(SUBJECTS), "action", "Close the gap.",
                                             due.isoformat(), done.isoformat() if done else None))
                    else:
                        finding_rows.append((ids.take("audited_case_findings"), cid, None, "deficit",
                                             "Agencies together: %s." % rng.choice(SUBJECTS), "training",
                                             "Multi-agency training on %s." % rng.choice(SUBJECTS), None, None))
    yield "audited_cases", case_rows
    yield "audited_case_parts", part_rows
    yield "audited_case_grades", grade_rows
    yield "audited_case_findings", finding_rows

    # The LADO's quarters: counts only.
    lado_rows, lado_count_rows = [], []
    sectors = ("education", "early_years", "health", "social_care", "foster_care", "police", "other")
    outcomes = ("substantiated", "unsubstantiated", "false", "malicious", "unfounded")
    for y in years:
        for quarter in range(1, 5):
            lid = ids.take("lado_returns")
            by_sector = {code: rng.randrange(0, 8) for code in sectors}
            referrals = sum(by_sector.values())
            by_outcome = {code: rng.randrange(0, 6) for code in outcomes}
            concluded = sum(by_outcome.values())
            lado_rows.append((lid, pid, y, quarter, referrals, rng.randrange(10, 60), rng.randrange(0, referrals + 1),
                              rng.randrange(0, referrals + 1), rng.randrange(0, concluded + 1), "", None))
            lado_count_rows += [(lid, "sector", code, n) for code, n in by_sector.items() if n]
            lado_count_rows += [(lid, "outcome", code, n) for code, n in by_outcome.items() if n]
    yield "lado_returns", lado_rows
    yield "lado_return_counts", lado_count_rows

    # A few complaints a year: most answered, some redirected elsewhere.
    complaint_rows = []
    for y in years:
        for n in range(rng.randrange(2, 7)):
            received = dt.date(y, 4, 1) + dt.timedelta(days=rng.randrange(0, 330))
            acknowledged = (received + dt.timedelta(days=rng.randrange(0, 5))).isoformat()
            if rng.random() < 0.3:
                complaint_rows.append((ids.take("complaints"), pid, received.isoformat(), "email", "parent",
                                       "About a child protection conference's decision.", acknowledged, None, None, "",
                                       "conference", "Conference chair", acknowledged))
            else:
                complaint_rows.append((ids.take("complaints"), pid, received.isoformat(), rng.choice(("email", "letter", "phone")),
                                       rng.choice(("parent", "public", "professional")), "About the board's website.",
                                       acknowledged, (received + dt.timedelta(days=rng.randrange(5, 40))).isoformat(),
                                       rng.choice(("upheld", "partly_upheld", "not_upheld")), "", None, "", None))
    yield "complaints", complaint_rows

    # About a dozen reports received a year; one in ten leaves the board partly assured and leads
    # to a remedial plan, reviewed once and closed.
    report_rows, plan_rows, plan_review_rows = [], [], []
    kinds = ("annual_report",) * 6 + ("update",) * 3 + ("inspection",) * 2 + ("single_agency_audit",)
    for y in years:
        for kind in kinds:
            rid = ids.take("agency_reports")
            a = rng.randrange(len(AGENCIES) - 1)
            received = dt.date(y, 4, 1) + dt.timedelta(days=rng.randrange(0, 330))
            meeting = next((mid for mid, d in board_held if d >= received), None)
            worried = rng.random() < 0.1
            report_rows.append((rid, pid, kind, "%s from %s" % (kind.replace("_", " ").capitalize(), AGENCIES[a][0]),
                                agency_ids[a], "", financial_year_label(y - 1), received.isoformat(), meeting, "", "", "",
                                "Shortcomings found." if worried else "", "", "",
                                "partly_assured" if worried else "assured"))
            if worried:
                plan = ids.take("remedial_plans")
                review = received + dt.timedelta(days=90)
                plan_rows.append((plan, pid, agency_ids[a], rid, "Shortcomings found.", "The agency's plan.",
                                  received.isoformat(), review.isoformat(), None, None, None, review.isoformat()))
                plan_review_rows.append((ids.take("remedial_plan_reviews"), plan, review.isoformat(), None, "completed",
                                         "Implemented."))
    yield "agency_reports", report_rows
    yield "remedial_plans", plan_rows
    yield "remedial_plan_reviews", plan_review_rows


# ---- Backends ---------------------------------------------------------------------------------

def sqlite_load(path, args, years):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA journal_mode=WAL")
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'child_death_reviews'").fetchone():
        sys.exit("national.py: %s has no schema: run `safeboard migrate --database sqlite:%s` first" % (path, path))
    max_ids = {t: db.execute("SELECT COALESCE(MAX(id), 0) FROM %s" % t).fetchone()[0] for t in ID_TABLES}
    if db.execute("SELECT 1 FROM partnerships WHERE slug LIKE 'national-%'").fetchone():
        sys.exit("national.py: %s already holds the national partnerships" % path)
    password_hash = demo_password_hash(db.execute(
        "SELECT password_hash FROM users WHERE email = 'business.manager@demo.safeboard.test'").fetchone())
    ids = Ids(max_ids)
    counts = {t: 0 for t, _ in TABLES}
    statements = {t: "INSERT INTO %s (%s) VALUES (%s)" % (t, ", ".join(c), ", ".join("?" * len(c)))
                  for t, c in TABLES}
    started = time.monotonic()
    db.execute("BEGIN")
    for p in range(1, args.partnerships + 1):
        for table, rows in generate_partnership(p, args.seed, years, ids, password_hash):
            db.executemany(statements[table], rows)
            counts[table] += len(rows)
        progress(p, args.partnerships, started)
    db.execute("COMMIT")
    elapsed = time.monotonic() - started
    db.close()
    return counts, elapsed, {}


def demo_password_hash(row):
    return row[0] if row else None


def psql(url, *args, input=None):
    result = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, *args], input=input,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("national.py: psql failed: %s" % result.stderr.strip())
    return result.stdout


def csv_field(value):
    if value is None:
        return ""  # COPY's CSV format reads an unquoted empty field as NULL
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'  # and a quoted one as a string ("" is empty)
    return repr(value)


def csv_line(row):
    return ",".join(map(csv_field, row)) + "\n"


def postgres_load(url, args, years):
    if shutil.which("psql") is None:
        sys.exit("national.py: psql is missing (Debian package postgresql-client)")
    if not psql(url, "-At", "-c", "SELECT to_regclass('child_death_reviews') IS NOT NULL").strip() == "t":
        sys.exit("national.py: no schema at %s: run `safeboard migrate --database URL` first" % url)
    if psql(url, "-At", "-c", "SELECT count(*) FROM partnerships WHERE slug LIKE 'national-%'").strip() != "0":
        sys.exit("national.py: the database already holds the national partnerships")
    query = " UNION ALL ".join("SELECT '%s', COALESCE(MAX(id), 0) FROM %s" % (t, t) for t in ID_TABLES)
    max_ids = {}
    for line in psql(url, "-At", "-F", "|", "-c", query).split():
        table, value = line.split("|")
        max_ids[table] = int(value)
    hash_out = psql(url, "-At", "-c",
                    "SELECT password_hash FROM users WHERE email = 'business.manager@demo.safeboard.test'").strip()
    password_hash = hash_out or None
    ids = Ids(max_ids)
    counts = {t: 0 for t, _ in TABLES}
    own_dir = args.csv_dir is None
    csv_dir = tempfile.mkdtemp(prefix="safeboard-national-") if own_dir else args.csv_dir
    os.makedirs(csv_dir, exist_ok=True)
    files = {t: open(os.path.join(csv_dir, t + ".csv"), "w", newline="") for t, _ in TABLES}
    started = time.monotonic()
    for p in range(1, args.partnerships + 1):
        for table, rows in generate_partnership(p, args.seed, years, ids, password_hash):
            files[table].writelines(csv_line(row) for row in rows)
            counts[table] += len(rows)
        progress(p, args.partnerships, started)
    for f in files.values():
        f.close()
    generated = time.monotonic() - started
    script = ["BEGIN;"]
    for table, columns in TABLES:
        if counts[table]:
            path = os.path.join(csv_dir, table + ".csv").replace("'", "''")
            script.append("\\copy %s (%s) FROM '%s' WITH (FORMAT csv)" % (table, ", ".join(columns), path))
    # Identity columns: the server's next insert must not reuse an id COPY wrote.
    for table in ID_TABLES:
        script.append("SELECT setval(pg_get_serial_sequence('%s', 'id'), "
                      "(SELECT GREATEST(COALESCE(MAX(id), 0), 1) FROM %s));" % (table, table))
    script.append("COMMIT;")
    script.append("ANALYZE;")
    copy_started = time.monotonic()
    psql(url, input="\n".join(script) + "\n")
    copied = time.monotonic() - copy_started
    if own_dir:
        shutil.rmtree(csv_dir)
    return counts, generated + copied, {"CSV files written in": generated, "COPY, setval and ANALYZE in": copied}


def progress(done, total, started):
    if sys.stderr.isatty() or done == total or done % 10 == 0:
        sys.stderr.write("\r%d/%d partnerships, %.0f s" % (done, total, time.monotonic() - started))
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="sqlite:PATH or postgresql://...")
    parser.add_argument("--partnerships", type=int, default=150)
    parser.add_argument("--years", type=int, default=10, help="financial years, 2011-12 always among them")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--csv-dir", help="PostgreSQL: keep the CSV files here (default: a temporary directory)")
    args = parser.parse_args()
    if args.partnerships < 1 or args.years < 1:
        parser.error("--partnerships and --years must be at least 1")
    first = 2011 - args.years // 2
    years = list(range(first, first + args.years))
    url = args.database
    if url.startswith("sqlite:"):
        counts, elapsed, phases = sqlite_load(url[len("sqlite:"):], args, years)
        backend = "SQLite"
    elif url.startswith("postgresql:") or url.startswith("postgres:") or url.startswith("host="):
        counts, elapsed, phases = postgres_load(url, args, years)
        backend = "PostgreSQL"
    else:
        sys.exit("national.py: --database is sqlite:PATH or postgresql://...")
    print("national data set: %d partnerships x %d years (%s to %s), seed %s, %s" % (
        args.partnerships, args.years, financial_year_label(years[0]), financial_year_label(years[-1]),
        args.seed, backend))
    total = 0
    for table, _ in TABLES:
        print("  %-28s %10d" % (table, counts[table]))
        total += counts[table]
    print("  %-28s %10d" % ("rows in all", total))
    for name, seconds in phases.items():
        print("  %s %.1f s" % (name, seconds))
    print("loaded in %.1f s (%.0f rows/s)" % (elapsed, total / elapsed if elapsed else 0))


if __name__ == "__main__":
    main()
