// Governance records in SQL that runs on SQLite and PostgreSQL alike.
#include "governance/store.h"

#include <map>

namespace safeboard::governance {
namespace {

using storage::Nullable;
using storage::Row;
using storage::Value;

Value DateValue(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return core::FormatDate(*date);
}

std::optional<Date> DateColumn(const Row& row, std::size_t i) {
  auto text = row.OptText(i);
  if (!text) return std::nullopt;
  return core::ParseDate(*text);
}

template <typename Enum>
Enum EnumColumn(std::span<const core::Term<Enum>> terms, const Row& row, std::size_t i) {
  return core::ParseCode(terms, row.Text(i)).value_or(terms.back().value);
}

template <typename Enum>
std::string Code(std::span<const core::Term<Enum>> terms, Enum value) {
  return std::string(core::CodeOf(terms, value));
}

constexpr const char* kAgencyColumns =
    "id, partnership_id, name, sector, statutory, signed_constitution_on, joined_on, ended_on";
Agency AgencyFromRow(const Row& r) {
  return Agency{r.Int(0),  r.Int(1),         r.Text(2),        EnumColumn(Sectors(), r, 3),
                r.Bool(4), {},               DateColumn(r, 5), DateColumn(r, 6), DateColumn(r, 7)};
}

constexpr const char* kPersonColumns =
    "id, partnership_id, full_name, job_title, agency_id, email, phone, user_id, ended_on";
Person PersonFromRow(const Row& r) {
  return Person{r.Int(0),    r.Int(1),  r.Text(2),     r.Text(3),      r.OptInt(4),
                r.Text(5),   r.Text(6), r.OptInt(7),   DateColumn(r, 8)};
}

constexpr const char* kGroupColumns =
    "id, partnership_id, name, short_name, kind, parent_group_id, chair_person_id, "
    "vice_chair_person_id, cadence, terms_of_reference, terms_reviewed_on, ended_on, confidential_area, "
    "minutes_approved_by_group_id";
Group GroupFromRow(const Row& r) {
  return Group{r.Int(0),    r.Int(1),    r.Text(2),
               r.Text(3),   EnumColumn(GroupKinds(), r, 4),
               r.OptInt(5), r.OptInt(6), r.OptInt(7),
               EnumColumn(Cadences(), r, 8),
               r.Text(9),   DateColumn(r, 10), DateColumn(r, 11),
               EnumColumn(ConfidentialAreas(), r, 12), r.OptInt(13)};
}

// Prefixed with "m." so it can be used in joins.
constexpr const char* kMembershipColumns =
    "m.id, m.partnership_id, m.group_id, m.person_id, m.agency_id, m.role_category, "
    "m.started_on, m.ended_on, m.confidentiality_signed_on";
Membership MembershipFromRow(const Row& r) {
  return Membership{r.Int(0),
                    r.Int(1),
                    r.Int(2),
                    r.Int(3),
                    r.OptInt(4),
                    EnumColumn(RoleCategories(), r, 5),
                    DateColumn(r, 6).value_or(Date{}),
                    DateColumn(r, 7),
                    DateColumn(r, 8)};
}

std::string Select(const char* columns, const char* rest) {
  return std::string("SELECT ") + columns + " " + rest;
}

}  // namespace

std::optional<Partnership> GovernanceStore::FindPartnership(const std::string& slug) {
  auto row = db_.QueryOne("SELECT id, slug, name, area FROM partnerships WHERE slug = ?", {slug});
  if (!row) return std::nullopt;
  return Partnership{row->Int(0), row->Text(1), row->Text(2), row->Text(3)};
}

std::int64_t GovernanceStore::CreatePartnership(const Partnership& p,
                                                const std::string& created_at) {
  return db_.Insert(
      "INSERT INTO partnerships (slug, name, area, created_at) VALUES (?, ?, ?, ?) RETURNING id",
      {p.slug, p.name, p.area, created_at});
}

std::vector<Partnership> GovernanceStore::PartnershipsOfUser(std::int64_t user_id, bool is_admin) {
  std::vector<Partnership> out;
  auto rows = is_admin ? db_.Query("SELECT id, slug, name, area FROM partnerships ORDER BY name")
                       : db_.Query(
                             "SELECT id, slug, name, area FROM partnerships WHERE id IN "
                             "(SELECT partnership_id FROM people WHERE user_id = ?) ORDER BY name",
                             {user_id});
  for (const auto& r : rows) out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3)});
  return out;
}

std::string MembershipCurrentOnSql(std::string_view on) {
  std::string day(on);
  return "m.started_on <= " + day + " AND (m.ended_on IS NULL OR m.ended_on >= " + day + ")";
}

bool GovernanceStore::IsPersonOfUser(std::int64_t partnership_id, std::int64_t person_id,
                                     std::int64_t user_id) {
  return db_
      .QueryOne("SELECT 1 FROM people WHERE id = ? AND user_id = ? AND partnership_id = ?",
                {person_id, user_id, partnership_id})
      .has_value();
}

bool GovernanceStore::ChairsGroupHolding(std::int64_t partnership_id, ConfidentialArea area,
                                         std::int64_t user_id) {
  return db_
      .QueryOne(
          "SELECT 1 FROM partnership_groups g JOIN people p ON p.id = g.chair_person_id "
          "WHERE g.partnership_id = ? AND g.confidential_area = ? AND g.ended_on IS NULL AND p.user_id = ?",
          {partnership_id, std::string(core::CodeOf(ConfidentialAreas(), area)), user_id})
      .has_value();
}

std::vector<GovernanceStore::UnlinkedPerson> GovernanceStore::UnlinkedPeopleEverywhere() {
  std::vector<UnlinkedPerson> out;
  for (const auto& r : db_.Query(
           "SELECT p.id, p.partnership_id, p.full_name, pa.name FROM people p JOIN partnerships pa ON "
           "pa.id = p.partnership_id WHERE p.user_id IS NULL ORDER BY pa.name, p.full_name"))
    out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3)});
  return out;
}

std::vector<CurrentMembership> GovernanceStore::CurrentMembershipsOfUser(
    std::int64_t partnership_id, std::int64_t user_id, const Date& on) {
  std::string day = core::FormatDate(on);
  std::vector<CurrentMembership> out;
  for (const auto& r : db_.Query(
           "SELECT m.role_category, COALESCE(a.sector, 'other'), g.confidential_area, m.group_id "
           "FROM memberships m JOIN people p ON p.id = m.person_id "
           "JOIN partnership_groups g ON g.id = m.group_id "
           "LEFT JOIN agencies a ON a.id = m.agency_id "
           "WHERE m.partnership_id = ? AND p.user_id = ? AND " + MembershipCurrentOnSql(),
           {partnership_id, user_id, day, day}))
    out.push_back({EnumColumn(RoleCategories(), r, 0), EnumColumn(Sectors(), r, 1),
                   EnumColumn(ConfidentialAreas(), r, 2), r.Int(3)});
  return out;
}

GovernanceStore::RecordCounts GovernanceStore::CountRecords(std::int64_t partnership_id) {
  auto row = db_.QueryOne(
      "SELECT (SELECT COUNT(*) FROM agencies WHERE partnership_id = ?), "
      "(SELECT COUNT(*) FROM people WHERE partnership_id = ?), "
      "(SELECT COUNT(*) FROM partnership_groups WHERE partnership_id = ?), "
      "(SELECT COUNT(*) FROM memberships WHERE partnership_id = ?)",
      {partnership_id, partnership_id, partnership_id, partnership_id});
  return {static_cast<int>(row->Int(0)), static_cast<int>(row->Int(1)), static_cast<int>(row->Int(2)),
          static_cast<int>(row->Int(3))};
}

std::vector<Agency> GovernanceStore::ListAgencies(std::int64_t partnership_id) {
  std::vector<Agency> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : db_.Query(
           Select(kAgencyColumns, "FROM agencies WHERE partnership_id = ? ORDER BY name"),
           {partnership_id})) {
    index[r.Int(0)] = out.size();
    out.push_back(AgencyFromRow(r));
  }
  for (const auto& r : db_.Query("SELECT o.agency_id, o.name FROM agency_other_names o JOIN agencies a ON "
                                 "a.id = o.agency_id WHERE a.partnership_id = ? ORDER BY o.name",
                                 {partnership_id}))
    out[index.at(r.Int(0))].other_names.push_back(r.Text(1));
  return out;
}

std::optional<Agency> GovernanceStore::FindAgency(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(Select(kAgencyColumns, "FROM agencies WHERE partnership_id = ? AND id = ?"),
                        {partnership_id, id});
  if (!r) return std::nullopt;
  Agency agency = AgencyFromRow(*r);
  for (const auto& o : db_.Query("SELECT name FROM agency_other_names WHERE agency_id = ? ORDER BY name", {id}))
    agency.other_names.push_back(o.Text(0));
  return agency;
}

void GovernanceStore::SetOtherNames(const Agency& a) {
  db_.Exec("DELETE FROM agency_other_names WHERE agency_id = ?", {a.id});
  for (const auto& name : a.other_names)
    db_.Exec("INSERT INTO agency_other_names (agency_id, name) VALUES (?, ?)", {a.id, name});
}

std::int64_t GovernanceStore::CreateAgency(const Agency& a) {
  Agency created = a;
  created.id = db_.Insert(
      "INSERT INTO agencies (partnership_id, name, sector, statutory, signed_constitution_on, "
      "joined_on, ended_on) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {a.partnership_id, a.name, Code(Sectors(), a.sector), std::int64_t{a.statutory},
       DateValue(a.signed_constitution_on), DateValue(a.joined_on), DateValue(a.ended_on)});
  SetOtherNames(created);
  return created.id;
}

void GovernanceStore::UpdateAgency(const Agency& a) {
  db_.Exec(
      "UPDATE agencies SET name = ?, sector = ?, statutory = ?, signed_constitution_on = ?, "
      "joined_on = ? WHERE partnership_id = ? AND id = ?",
      {a.name, Code(Sectors(), a.sector), std::int64_t{a.statutory},
       DateValue(a.signed_constitution_on), DateValue(a.joined_on), a.partnership_id, a.id});
  // Only an agency of this partnership has its other names replaced.
  if (db_.QueryOne("SELECT 1 FROM agencies WHERE partnership_id = ? AND id = ?", {a.partnership_id, a.id}))
    SetOtherNames(a);
}

void GovernanceStore::EndAgency(std::int64_t partnership_id, std::int64_t id, const Date& ended_on) {
  db_.Exec("UPDATE agencies SET ended_on = ? WHERE partnership_id = ? AND id = ?",
           {core::FormatDate(ended_on), partnership_id, id});
}

std::vector<Person> GovernanceStore::ListPeople(std::int64_t partnership_id) {
  std::vector<Person> out;
  for (const auto& r : db_.Query(
           Select(kPersonColumns, "FROM people WHERE partnership_id = ? ORDER BY full_name"),
           {partnership_id}))
    out.push_back(PersonFromRow(r));
  return out;
}

std::optional<Person> GovernanceStore::FindPerson(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(Select(kPersonColumns, "FROM people WHERE partnership_id = ? AND id = ?"),
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return PersonFromRow(*r);
}

std::int64_t GovernanceStore::CreatePerson(const Person& p) {
  return db_.Insert(
      "INSERT INTO people (partnership_id, full_name, job_title, agency_id, email, phone, user_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {p.partnership_id, p.full_name, p.job_title, Nullable(p.agency_id), p.email, p.phone,
       Nullable(p.user_id)});
}

void GovernanceStore::UpdatePerson(const Person& p) {
  db_.Exec(
      "UPDATE people SET full_name = ?, job_title = ?, agency_id = ?, email = ?, phone = ? "
      "WHERE partnership_id = ? AND id = ?",
      {p.full_name, p.job_title, Nullable(p.agency_id), p.email, p.phone, p.partnership_id, p.id});
}

void GovernanceStore::EndPerson(std::int64_t partnership_id, std::int64_t id, const Date& ended_on) {
  std::string day = core::FormatDate(ended_on);
  db_.Exec("UPDATE people SET ended_on = ? WHERE partnership_id = ? AND id = ?",
           {day, partnership_id, id});
  // Memberships that started after the end date cannot end before they start: leave them.
  db_.Exec(
      "UPDATE memberships SET ended_on = ? WHERE partnership_id = ? AND person_id = ? "
      "AND ended_on IS NULL AND started_on <= ?",
      {day, partnership_id, id, day});
}

void GovernanceStore::LinkPersonToUser(std::int64_t partnership_id, std::int64_t person_id,
                                       std::int64_t user_id) {
  db_.Exec("UPDATE people SET user_id = ? WHERE partnership_id = ? AND id = ?",
           {user_id, partnership_id, person_id});
}

std::vector<Group> GovernanceStore::ListGroups(std::int64_t partnership_id) {
  std::vector<Group> out;
  // The Board first, then the BMG, then the rest by name.
  for (const auto& r : db_.Query(
           Select(kGroupColumns,
                  "FROM partnership_groups WHERE partnership_id = ? ORDER BY CASE kind "
                  "WHEN 'board' THEN 0 WHEN 'business_management_group' THEN 1 ELSE 2 END, name"),
           {partnership_id}))
    out.push_back(GroupFromRow(r));
  return out;
}

std::optional<Group> GovernanceStore::FindGroup(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(
      Select(kGroupColumns, "FROM partnership_groups WHERE partnership_id = ? AND id = ?"),
      {partnership_id, id});
  if (!r) return std::nullopt;
  return GroupFromRow(*r);
}

std::int64_t GovernanceStore::CreateGroup(const Group& g) {
  return db_.Insert(
      "INSERT INTO partnership_groups (partnership_id, name, short_name, kind, parent_group_id, "
      "chair_person_id, vice_chair_person_id, cadence, terms_of_reference, terms_reviewed_on, "
      "confidential_area, minutes_approved_by_group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {g.partnership_id, g.name, g.short_name, Code(GroupKinds(), g.kind),
       Nullable(g.parent_group_id), Nullable(g.chair_person_id), Nullable(g.vice_chair_person_id),
       Code(Cadences(), g.cadence), g.terms_of_reference, DateValue(g.terms_reviewed_on),
       Code(ConfidentialAreas(), g.confidential_area), Nullable(g.minutes_approved_by_group_id)});
}

void GovernanceStore::UpdateGroup(const Group& g) {
  db_.Exec(
      "UPDATE partnership_groups SET name = ?, short_name = ?, kind = ?, parent_group_id = ?, "
      "chair_person_id = ?, vice_chair_person_id = ?, cadence = ?, terms_of_reference = ?, "
      "terms_reviewed_on = ?, confidential_area = ?, minutes_approved_by_group_id = ? "
      "WHERE partnership_id = ? AND id = ?",
      {g.name, g.short_name, Code(GroupKinds(), g.kind), Nullable(g.parent_group_id),
       Nullable(g.chair_person_id), Nullable(g.vice_chair_person_id), Code(Cadences(), g.cadence),
       g.terms_of_reference, DateValue(g.terms_reviewed_on),
       Code(ConfidentialAreas(), g.confidential_area), Nullable(g.minutes_approved_by_group_id),
       g.partnership_id, g.id});
}

void GovernanceStore::EndGroup(std::int64_t partnership_id, std::int64_t id, const Date& ended_on) {
  db_.Exec("UPDATE partnership_groups SET ended_on = ? WHERE partnership_id = ? AND id = ?",
           {core::FormatDate(ended_on), partnership_id, id});
}

std::vector<Membership> GovernanceStore::ListMemberships(std::int64_t partnership_id) {
  std::vector<Membership> out;
  for (const auto& r : db_.Query(
           Select(kMembershipColumns, "FROM memberships m WHERE m.partnership_id = ? ORDER BY m.id"),
           {partnership_id}))
    out.push_back(MembershipFromRow(r));
  return out;
}

std::vector<Membership> GovernanceStore::MembershipsOfPerson(std::int64_t partnership_id,
                                                             std::int64_t person_id) {
  std::vector<Membership> out;
  for (const auto& r : db_.Query(
           Select(kMembershipColumns,
                  "FROM memberships m WHERE m.partnership_id = ? AND m.person_id = ? "
                  "ORDER BY m.started_on"),
           {partnership_id, person_id}))
    out.push_back(MembershipFromRow(r));
  return out;
}

std::vector<PersonMembership> GovernanceStore::MembershipListingOfPerson(
    std::int64_t partnership_id, std::int64_t person_id) {
  std::vector<PersonMembership> out;
  for (const auto& r : db_.Query(
           Select(kMembershipColumns,
                  ", g.name, COALESCE(a.name, '') FROM memberships m "
                  "JOIN partnership_groups g ON g.id = m.group_id "
                  "LEFT JOIN agencies a ON a.id = m.agency_id "
                  "WHERE m.partnership_id = ? AND m.person_id = ? ORDER BY m.started_on, g.name"),
           {partnership_id, person_id}))
    out.push_back({MembershipFromRow(r), r.Text(9), r.Text(10)});
  return out;
}

std::optional<Membership> GovernanceStore::FindMembership(std::int64_t partnership_id,
                                                          std::int64_t id) {
  auto r = db_.QueryOne(
      Select(kMembershipColumns, "FROM memberships m WHERE m.partnership_id = ? AND m.id = ?"),
      {partnership_id, id});
  if (!r) return std::nullopt;
  return MembershipFromRow(*r);
}

std::vector<MemberListing> GovernanceStore::MembersOfGroup(std::int64_t partnership_id,
                                                           std::int64_t group_id,
                                                           const std::optional<Date>& on) {
  std::string sql = Select(kMembershipColumns,
                           ", p.full_name, p.job_title, COALESCE(a.name, '') FROM memberships m "
                           "JOIN people p ON p.id = m.person_id "
                           "LEFT JOIN agencies a ON a.id = m.agency_id "
                           "WHERE m.partnership_id = ? AND m.group_id = ?");
  storage::Params params{partnership_id, group_id};
  if (on) {
    sql += " AND " + MembershipCurrentOnSql();
    params.push_back(core::FormatDate(*on));
    params.push_back(core::FormatDate(*on));
  }
  sql += " ORDER BY p.full_name, m.started_on";
  std::vector<MemberListing> out;
  for (const auto& r : db_.Query(sql, params))
    out.push_back({MembershipFromRow(r), r.Text(9), r.Text(10), r.Text(11)});
  return out;
}

std::int64_t GovernanceStore::CreateMembership(const Membership& m) {
  return db_.Insert(
      "INSERT INTO memberships (partnership_id, group_id, person_id, agency_id, role_category, "
      "started_on, ended_on, confidentiality_signed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {m.partnership_id, m.group_id, m.person_id, Nullable(m.agency_id),
       Code(RoleCategories(), m.role_category), core::FormatDate(m.started_on),
       DateValue(m.ended_on), DateValue(m.confidentiality_signed_on)});
}

void GovernanceStore::UpdateMembership(const Membership& m) {
  db_.Exec(
      "UPDATE memberships SET agency_id = ?, role_category = ?, started_on = ?, ended_on = ?, "
      "confidentiality_signed_on = ? WHERE partnership_id = ? AND id = ?",
      {Nullable(m.agency_id), Code(RoleCategories(), m.role_category),
       core::FormatDate(m.started_on), DateValue(m.ended_on), DateValue(m.confidentiality_signed_on),
       m.partnership_id, m.id});
}

void GovernanceStore::EndMembership(std::int64_t partnership_id, std::int64_t id,
                                    const Date& ended_on) {
  db_.Exec("UPDATE memberships SET ended_on = ? WHERE partnership_id = ? AND id = ?",
           {core::FormatDate(ended_on), partnership_id, id});
}

KnownIds GovernanceStore::KnownIdsOf(std::int64_t partnership_id) {
  KnownIds known;
  for (const auto& r : db_.Query("SELECT id FROM agencies WHERE partnership_id = ?", {partnership_id}))
    known.agencies.push_back(r.Int(0));
  for (const auto& r : db_.Query("SELECT id FROM people WHERE partnership_id = ?", {partnership_id}))
    known.people.push_back(r.Int(0));
  for (const auto& r :
       db_.Query("SELECT id FROM partnership_groups WHERE partnership_id = ?", {partnership_id}))
    known.groups.push_back(r.Int(0));
  return known;
}

}  // namespace safeboard::governance
