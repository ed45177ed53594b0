// One group: its details and quorum rule, its members on a date (or every membership), its
// terms of reference and the briefing requests addressed to it.
#include <map>

#include "governance/pages/pages.h"

#include "governance/pages/shared.h"
#include "meetings/store.h"
#include "casereviews/pages/pages.h"

namespace safeboard::ui::pages {

using namespace governance_pages;

namespace {

// Membership as at a date: today unless ?on=YYYY-MM-DD (or ?on=all for every membership).
// A bad date leaves the filter with its error and shows today.
std::optional<core::Date> MembersOn(const Context& ctx, FormState& filter) {
  std::string on_text = ctx.query.Get("on");
  std::optional<core::Date> on = core::DateOf(ctx.clock.Now());
  core::FieldValues on_values;
  for (const auto& [k, v] : ctx.query.fields()) on_values.emplace(k, v);
  if (on_text == "all") {
    on.reset();
  } else if (!on_text.empty() || on_values.count("on-day")) {
    on = governance::ReadDateField(on_values, "on", "the date", false, filter.errors);
    if (!on) on = core::DateOf(ctx.clock.Now());
  }
  if (on) filter.values["on"] = core::FormatDate(*on);
  if (!filter.errors.empty()) filter.values = on_values;
  return on;
}

// The group's quorum rule as a sentence (meetings::QuorumRuleSentence).
std::string QuorumText(const Context& ctx, GovernanceStore& store, const Group& group) {
  std::map<std::int64_t, std::string> names;
  for (const auto& a : store.ListAgencies(ctx.partnership_id())) names[a.id] = a.name;
  return meetings::QuorumRuleSentence(meetings::MeetingStore(ctx.db).QuorumRuleOf(ctx.partnership_id(), group.id),
                                      names);
}

void GroupDetails(const Context& ctx, GovernanceStore& store, const Group& group, Html& h) {
  auto name_of = [&](const std::optional<std::int64_t>& id) -> std::string {
    if (!id) return "None";
    auto person = store.FindPerson(ctx.partnership_id(), *id);
    return person ? person->full_name : "None";
  };
  std::vector<std::pair<std::string, std::string>> details = {
      {"Kind", std::string(core::LabelOf(governance::GroupKinds(), group.kind))},
      {"Chair", name_of(group.chair_person_id)},
      {"Vice-chair", name_of(group.vice_chair_person_id)},
      {"Meets", std::string(core::LabelOf(governance::Cadences(), group.cadence))},
      {"Confidential case records",
       std::string(core::LabelOf(governance::ConfidentialAreas(), group.confidential_area))}};
  if (group.parent_group_id)
    if (auto parent = store.FindGroup(ctx.partnership_id(), *group.parent_group_id))
      details.emplace_back("Reports to", parent->name);
  details.emplace_back("Quorum", QuorumText(ctx, store, group));
  std::string approves = "This group, at its next meeting";
  if (group.minutes_approved_by_group_id)
    if (auto approver = store.FindGroup(ctx.partnership_id(), *group.minutes_approved_by_group_id))
      approves = approver->name + ", at its next meeting";
  details.emplace_back("Minutes approved by", approves);
  details.emplace_back("Terms of reference last reviewed",
                       group.terms_reviewed_on ? DateText(group.terms_reviewed_on) : "Not recorded");
  if (group.ended_on) details.emplace_back("Ended", DateText(group.ended_on));
  SummaryList(h, details);
}

void MembersFilter(const Context& ctx, const std::optional<core::Date>& on, const FormState& filter,
                   const std::string& path, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "members"}},
            on ? "Members on " + core::FormatDateLong(*on) : "Every membership, past and present");
  ErrorSummary(h, filter.errors);
  h.Open("form", {{"method", "get"}, {"action", path}, {"class", "app-inline-form"}});
  DateInput(h, filter, "on", "Show the members on another date", "For example, 1 9 2011");
  Button(h, "Show members", true);
  h.Close("form");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + "?on=all", "Show every membership, past and present");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + "/meetings", "Meetings");
  h.Text(" | ");
  Link(h, path + "/attendance", "Attendance report");
  h.Close("p");
  if (CanManage(ctx)) ButtonLink(h, path + "/members/new", "Add a member");
}

TrustedHtml MembershipActions(const Context& ctx, const Membership& m) {
  Html actions;
  std::string mpath = ctx.PartnershipPath("/memberships/" + std::to_string(m.id));
  actions.Element("a", {{"class", "govuk-link"}, {"href", mpath + "/edit"}}, "Change");
  if (!m.ended_on) {
    actions.Text(" ");
    actions.Element("a", {{"class", "govuk-link"}, {"href", mpath + "/end"}}, "End");
  }
  return actions.Build();
}

void MembersTable(const Context& ctx, GovernanceStore& store, const Group& group,
                  const std::optional<core::Date>& on, Html& h) {
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& member : store.MembersOfGroup(ctx.partnership_id(), group.id, on)) {
    const auto& m = member.membership;
    std::vector<TrustedHtml> row = {
        LinkCell(ctx.PartnershipPath("/people/" + std::to_string(m.person_id)), member.person_name),
        TextCell(member.job_title), TextCell(member.agency_name),
        TextCell(std::string(core::LabelOf(governance::RoleCategories(), m.role_category))),
        TextCell(core::FormatDateLong(m.started_on)), TextCell(DateText(m.ended_on)),
        TextCell(m.confidentiality_signed_on ? "Signed " + DateText(m.confidentiality_signed_on)
                                             : "Not signed")};
    if (CanManage(ctx)) row.push_back(MembershipActions(ctx, m));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> headings = {"Name", "Job title", "Representing", "Role", "From", "To",
                                       "Confidentiality agreement"};
  if (CanManage(ctx)) headings.push_back("Actions");
  Table(h, "", headings, rows);
  if (rows.empty()) h.Element("p", {{"class", "govuk-body"}}, "No members on this date.");
}

void TermsOfReference(const Group& group, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Terms of reference");
  if (group.terms_of_reference.empty()) {
    h.Element("p", {{"class", "govuk-body"}}, "None recorded.");
    return;
  }
  h.Open("div", {{"class", "app-prose"}});
  h.Append(TrustedHtml::FromMarkdown(group.terms_of_reference, 2));
  h.Close("div");
}

}  // namespace

Response ShowGroup(Context& ctx) {
  GovernanceStore store(ctx.db);
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string path = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  FormState filter;
  auto on = MembersOn(ctx, filter);
  Html h;
  GroupDetails(ctx, store, group, h);
  MembersFilter(ctx, on, filter, path, h);
  MembersTable(ctx, store, group, on, h);
  TermsOfReference(group, h);
  BriefingRequests(ctx, group.id, h);
  if (CanManage(ctx)) {
    ButtonLink(h, path + "/edit", "Edit group", true);
    if (!group.ended_on) ButtonLink(h, path + "/end", "End group", true);
  }
  auto chrome = ChromeWithCrumbs(ctx, group.name, "Groups", {{"Groups", ctx.PartnershipPath("/groups")}});
  chrome.has_errors = !filter.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
