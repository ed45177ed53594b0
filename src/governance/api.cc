// JSON handlers for the governance records.
#include "governance/api.h"

#include "api/json_io.h"

#include <boost/json.hpp>

#include "core/date.h"
#include "governance/group_save.h"
#include "governance/store.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using governance::GovernanceStore;
using http::Context;
using http::Response;

json::array OtherNamesJson(const std::vector<std::string>& names) {
  json::array out;
  for (const auto& n : names) out.emplace_back(n);
  return out;
}

json::object AgencyJson(const governance::Agency& a) {
  return {{"id", a.id},
          {"name", a.name},
          {"sector", core::CodeOf(governance::Sectors(), a.sector)},
          {"statutory", a.statutory},
          {"other_names", OtherNamesJson(a.other_names)},
          {"signed_constitution_on", DateJson(a.signed_constitution_on)},
          {"joined_on", DateJson(a.joined_on)},
          {"ended_on", DateJson(a.ended_on)}};
}

json::object PersonJson(const governance::Person& p, bool with_contact) {
  json::object o{{"id", p.id},
                 {"full_name", p.full_name},
                 {"job_title", p.job_title},
                 {"agency_id", IdJson(p.agency_id)}};
  if (with_contact) {
    o["email"] = p.email;
    o["phone"] = p.phone;
  }
  return o;
}

// The fields each write reads; anything else is refused (api::UnknownFields).
constexpr std::string_view kAgencyFields[] = {"name", "sector", "statutory", "other_names", "signed_constitution_on",
                                              "joined_on"};
constexpr std::string_view kPersonFields[] = {"full_name", "job_title", "agency_id", "email", "phone"};
constexpr std::string_view kGroupFields[] = {
    "name", "short_name", "kind", "parent_group_id", "chair_person_id", "vice_chair_person_id", "cadence",
    "terms_of_reference", "terms_reviewed_on", "confidential_area", "quorum_min_members", "quorum_min_agencies",
    "quorum_agency_ids", "quorum_sectors", "procedure_approval_agencies", "minutes_approved_by_group_id"};
constexpr std::string_view kMembershipFields[] = {"person_id", "agency_id", "role_category", "started_on", "ended_on",
                                                  "confidentiality_signed_on"};

json::object GroupJson(const governance::Group& g) {
  return {{"id", g.id},
          {"name", g.name},
          {"short_name", g.short_name},
          {"kind", core::CodeOf(governance::GroupKinds(), g.kind)},
          {"parent_group_id", IdJson(g.parent_group_id)},
          {"chair_person_id", IdJson(g.chair_person_id)},
          {"vice_chair_person_id", IdJson(g.vice_chair_person_id)},
          {"cadence", core::CodeOf(governance::Cadences(), g.cadence)},
          {"confidential_area", core::CodeOf(governance::ConfidentialAreas(), g.confidential_area)},
          {"minutes_approved_by_group_id", IdJson(g.minutes_approved_by_group_id)},
          {"terms_of_reference", g.terms_of_reference},
          {"terms_reviewed_on", DateJson(g.terms_reviewed_on)},
          {"ended_on", DateJson(g.ended_on)}};
}

json::object MembershipJson(const governance::Membership& m) {
  return {{"id", m.id},
          {"group_id", m.group_id},
          {"person_id", m.person_id},
          {"agency_id", IdJson(m.agency_id)},
          {"role_category", core::CodeOf(governance::RoleCategories(), m.role_category)},
          {"started_on", core::FormatDate(m.started_on)},
          {"ended_on", DateJson(m.ended_on)},
          {"confidentiality_signed_on", DateJson(m.confidentiality_signed_on)}};
}

// What GET returns that a PUT may send back unchanged.
core::FieldValues ReadOnly(std::int64_t id, const std::optional<core::Date>& ended_on) {
  return {{"id", std::to_string(id)}, {"ended_on", ended_on ? core::FormatDate(*ended_on) : ""}};
}

// Runs one write in a transaction, answering 422 for a constraint refusal.
template <typename WriteFn>
Response Write(Context& ctx, const std::string& conflict_field, const std::string& conflict,
               WriteFn&& write) {
  try {
    storage::Transaction tx(ctx.db);
    Response r = write();
    tx.Commit();
    return r;
  } catch (const storage::DatabaseError& e) {
    if (!e.constraint()) throw;
    core::FieldErrors errors;
    errors.Add(conflict_field, conflict);
    return FieldErrorsResponse(errors);
  }
}

}  // namespace

Response ListAgencies(Context& ctx) {
  json::array out;
  for (const auto& a : GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    out.push_back(AgencyJson(a));
  return Json(200, json::object{{"agencies", out}});
}

Response GetAgency(Context& ctx) {
  auto a = GovernanceStore(ctx.db).FindAgency(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  return Json(200, AgencyJson(*a));
}

Response CreateAgency(Context& ctx) {
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kAgencyFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  governance::Agency a;
  a.partnership_id = ctx.partnership_id();
  if (auto errors = governance::ReadAgency(*values, a); !errors.empty())
    return FieldErrorsResponse(errors);
  return Write(ctx, "name", "An agency with this name already exists", [&] {
    a.id = GovernanceStore(ctx.db).CreateAgency(a);
    ctx.Audit(auth::AuditAction::kCreate, "agency", a.id, "api");
    return Json(201, AgencyJson(a));
  });
}

Response UpdateAgency(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto a = store.FindAgency(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kAgencyFields, ReadOnly(a->id, a->ended_on)); !unknown.empty())
    return FieldErrorsResponse(unknown);
  if (auto errors = governance::ReadAgency(*values, *a); !errors.empty())
    return FieldErrorsResponse(errors);
  return Write(ctx, "name", "An agency with this name already exists", [&] {
    store.UpdateAgency(*a);
    ctx.Audit(auth::AuditAction::kUpdate, "agency", a->id, "api");
    return Json(200, AgencyJson(*a));
  });
}

Response ListPeople(Context& ctx) {
  json::array out;
  bool contact = ctx.role >= auth::Role::kMember;
  for (const auto& p : GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
    out.push_back(PersonJson(p, contact));
  return Json(200, json::object{{"people", out}});
}

Response GetPerson(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto p = store.FindPerson(ctx.partnership_id(), ctx.Id("id"));
  if (!p) throw http::NotFound{};
  json::object o = PersonJson(*p, ctx.role >= auth::Role::kMember);
  json::array memberships;
  for (const auto& m : store.MembershipsOfPerson(ctx.partnership_id(), p->id))
    memberships.push_back(MembershipJson(m));
  o["memberships"] = memberships;
  return Json(200, o);
}

Response CreatePerson(Context& ctx) {
  GovernanceStore store(ctx.db);
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kPersonFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  governance::Person p;
  p.partnership_id = ctx.partnership_id();
  if (auto errors = governance::ReadPerson(*values, store.KnownIdsOf(ctx.partnership_id()), p);
      !errors.empty())
    return FieldErrorsResponse(errors);
  return Write(ctx, "full_name", "This person could not be saved", [&] {
    p.id = store.CreatePerson(p);
    ctx.Audit(auth::AuditAction::kCreate, "person", p.id, "api");
    return Json(201, PersonJson(p, true));
  });
}

Response UpdatePerson(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto p = store.FindPerson(ctx.partnership_id(), ctx.Id("id"));
  if (!p) throw http::NotFound{};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kPersonFields, ReadOnly(p->id, p->ended_on)); !unknown.empty())
    return FieldErrorsResponse(unknown);
  if (auto errors = governance::ReadPerson(*values, store.KnownIdsOf(ctx.partnership_id()), *p);
      !errors.empty())
    return FieldErrorsResponse(errors);
  return Write(ctx, "full_name", "This person could not be saved", [&] {
    store.UpdatePerson(*p);
    ctx.Audit(auth::AuditAction::kUpdate, "person", p->id, "api");
    return Json(200, PersonJson(*p, true));
  });
}

namespace {

// A group with its quorum rule, as the fields a PUT sends back.
json::object GroupWithQuorumJson(const Context& ctx, const governance::Group& g) {
  json::object o = GroupJson(g);
  core::FieldValues quorum;
  governance::AddQuorumFields(ctx, g.id, quorum);
  auto number = [&](const char* field) {
    auto text = core::ValueOf(quorum, field);
    return text.empty() ? std::int64_t{0} : std::stoll(text);
  };
  o["quorum_min_members"] = number("quorum_min_members");
  o["quorum_min_agencies"] = number("quorum_min_agencies");
  json::array required;
  for (const auto& [field, value] : quorum)
    if (field.starts_with("quorum_agency-")) required.push_back(std::stoll(field.substr(14)));
  o["quorum_agency_ids"] = required;
  json::array sectors;
  for (const auto& [field, value] : quorum)
    if (field.starts_with("quorum_sector-")) sectors.push_back(json::string(field.substr(14)));
  o["quorum_sectors"] = sectors;
  o["procedure_approval_agencies"] = number("procedure_approval_agencies");
  return o;
}

// The body's quorum_agency_ids (one id per line from a JSON list) as the form's
// quorum_agency-<id> fields; an id that is not one of the partnership's agencies is refused.
void ReadQuorumAgencies(core::FieldValues& values, const std::vector<std::int64_t>& agencies,
                        core::FieldErrors& errors) {
  auto ids = core::SplitList(core::ValueOf(values, "quorum_agency_ids"), "\n");
  values.erase("quorum_agency_ids");
  for (const auto& id : ids) {
    bool known = std::any_of(agencies.begin(), agencies.end(), [&](auto a) { return std::to_string(a) == id; });
    if (!known) {
      errors.Add("quorum_agency_ids", "Agency " + id + " is not an agency of this partnership");
      continue;
    }
    values["quorum_agency-" + id] = "yes";
  }
}

// The body's quorum_sectors (sector codes, one per line from a JSON list) as the form's
// quorum_sector-<code> fields; anything else is refused with the codes that are accepted.
void ReadQuorumSectors(core::FieldValues& values, core::FieldErrors& errors) {
  auto codes = core::SplitList(core::ValueOf(values, "quorum_sectors"), "\n");
  values.erase("quorum_sectors");
  for (const auto& code : codes) {
    if (!core::ParseCode(governance::Sectors(), code)) {
      std::string accepted;
      for (const auto& t : governance::Sectors()) accepted += (accepted.empty() ? "" : ", ") + std::string(t.code);
      errors.Add("quorum_sectors", "\"" + code + "\" is not a sector; use one of " + accepted);
      continue;
    }
    values["quorum_sector-" + code] = "yes";
  }
}

Response SaveGroup(Context& ctx, governance::Group group, int created_status) {
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  core::FieldValues read_only{{"id", std::to_string(group.id)}, {"ended_on", group.ended_on ? core::FormatDate(*group.ended_on) : ""}};
  if (group.id == 0) read_only.clear();
  auto errors = UnknownFields(*values, kGroupFields, read_only);
  for (const auto& field : {"id", "ended_on"}) values->erase(field);
  ReadQuorumAgencies(*values, GovernanceStore(ctx.db).KnownIdsOf(ctx.partnership_id()).agencies, errors);
  ReadQuorumSectors(*values, errors);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  governance::GroupWithQuorum g{group};
  errors = governance::SaveGroupWithQuorum(ctx, *values, g, "api");
  if (!errors.empty()) return FieldErrorsResponse(errors);
  return Json(created_status, GroupWithQuorumJson(ctx, g.group));
}

}  // namespace

Response ListGroups(Context& ctx) {
  json::array out;
  for (const auto& g : GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    out.push_back(GroupWithQuorumJson(ctx, g));
  return Json(200, json::object{{"groups", out}});
}

Response GetGroup(Context& ctx) {
  auto g = GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), ctx.Id("id"));
  if (!g) throw http::NotFound{};
  return Json(200, GroupWithQuorumJson(ctx, *g));
}

Response CreateGroup(Context& ctx) {
  governance::Group group;
  group.partnership_id = ctx.partnership_id();
  return SaveGroup(ctx, group, 201);
}

Response UpdateGroup(Context& ctx) {
  auto g = GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), ctx.Id("id"));
  if (!g) throw http::NotFound{};
  return SaveGroup(ctx, *g, 200);
}

Response ListGroupMembers(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto g = store.FindGroup(ctx.partnership_id(), ctx.Id("id"));
  if (!g) throw http::NotFound{};
  std::optional<core::Date> on = core::DateOf(ctx.clock.Now());
  std::string on_text = ctx.query.Get("on");
  if (on_text == "all") {
    on.reset();
  } else if (!on_text.empty()) {
    on = core::ParseDate(on_text);
    if (!on) {
      core::FieldErrors errors;
      errors.Add("on", "on must be a date as YYYY-MM-DD, or all");
      return FieldErrorsResponse(errors);
    }
  }
  json::array out;
  for (const auto& m : store.MembersOfGroup(ctx.partnership_id(), g->id, on)) {
    json::object o = MembershipJson(m.membership);
    o["person_name"] = m.person_name;
    o["job_title"] = m.job_title;
    o["agency_name"] = m.agency_name;
    out.push_back(o);
  }
  return Json(200, json::object{{"group_id", g->id},
                                {"on", on ? json::value(core::FormatDate(*on)) : json::value("all")},
                                {"members", out}});
}

Response CreateMembership(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto g = store.FindGroup(ctx.partnership_id(), ctx.Id("id"));
  if (!g) throw http::NotFound{};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kMembershipFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  governance::Membership m;
  m.partnership_id = ctx.partnership_id();
  m.group_id = g->id;
  auto errors = governance::ReadMembership(*values, store.KnownIdsOf(ctx.partnership_id()), m);
  if (errors.empty() &&
      governance::OverlappingMembership(m, store.MembershipsOfPerson(ctx.partnership_id(), m.person_id)))
    errors.Add("started_on", "This person is already a member of this group during these dates");
  if (!errors.empty()) return FieldErrorsResponse(errors);
  return Write(ctx, "person_id", "This membership could not be saved", [&] {
    m.id = store.CreateMembership(m);
    ctx.Audit(auth::AuditAction::kCreate, "membership", m.id, "api");
    return Json(201, MembershipJson(m));
  });
}

Response EndMembership(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto m = store.FindMembership(ctx.partnership_id(), ctx.Id("id"));
  if (!m) throw http::NotFound{};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  core::Date ended{};
  if (auto errors = governance::CheckEndDate(m->started_on, *values, ended); !errors.empty())
    return FieldErrorsResponse(errors);
  return Write(ctx, "ended_on", "The membership could not be ended", [&] {
    store.EndMembership(ctx.partnership_id(), m->id, ended);
    ctx.Audit(auth::AuditAction::kEnd, "membership", m->id, "api " + core::FormatDate(ended));
    m->ended_on = ended;
    return Json(200, MembershipJson(*m));
  });
}

}  // namespace safeboard::api

