#include "assurance/pages/shared.h"

#include <algorithm>
#include <map>

#include "assurance/assurance.h"
#include "assurance/store.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "meetings/store.h"

namespace safeboard::ui::pages::assurance_pages {

int YearAsked(const http::Context& ctx) {
  if (auto asked = core::ParseFinancialYearStart(ctx.query.Get("year"))) return *asked;
  return core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
}

std::optional<int> YearAskedOfApi(const http::Context& ctx, core::FieldErrors& errors) {
  if (!ctx.query.Has("year")) return core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
  auto asked = core::ParseFinancialYearStart(ctx.query.Get("year"));
  if (!asked) errors.Add("year", "Give the financial year by its first calendar year, like 2011 for 2011-12");
  return asked;
}

std::string ProgrammePath(const http::Context& ctx, int year) {
  return ctx.PartnershipPath("/assurance?year=" + std::to_string(year));
}

std::string AuditPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/audits/" + std::to_string(id));
}

std::vector<std::int64_t> GroupIds(http::Context& ctx) {
  std::vector<std::int64_t> ids;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id())) ids.push_back(g.id);
  return ids;
}

std::vector<std::int64_t> AuditIds(http::Context& ctx) {
  std::vector<std::int64_t> ids;
  for (const auto& a : assurance::AssuranceStore(ctx.db).AllAudits(ctx.partnership_id())) ids.push_back(a.id);
  return ids;
}

namespace {
std::vector<meetings::Meeting> MeetingsAround(http::Context& ctx, int year) {
  auto [from, to] = core::FinancialYearDates(year);
  return meetings::MeetingStore(ctx.db).MeetingsBetween(ctx.partnership_id(), core::AddMonths(from, -12),
                                                        core::AddMonths(to, 12), std::nullopt, 1000);
}
}  // namespace

std::vector<std::int64_t> MeetingIds(http::Context& ctx, int year) {
  std::vector<std::int64_t> ids;
  for (const auto& m : MeetingsAround(ctx, year)) ids.push_back(m.id);
  return ids;
}

Options MeetingOptions(http::Context& ctx, int year) {
  std::map<std::int64_t, std::string> groups;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id())) groups[g.id] = g.name;
  Options out;
  for (const auto& m : MeetingsAround(ctx, year))
    out.emplace_back(std::to_string(m.id), groups[m.group_id] + ", " + core::FormatDateLong(m.meets_on));
  return out;
}

void PlannedAuditFields(http::Context& ctx, Html& h, const FormState& form, int year, bool with_report) {
  TextInput(h, form, "title", "Audit", {.hint = "For example, Section 11 audit of statutory partners",
                                        .width_class = "govuk-!-width-two-thirds"});
  Options kinds;
  for (const auto& k : assurance::AuditKinds()) kinds.emplace_back(std::string(k.code), std::string(k.label));
  Select(h, form, "kind", "Kind of audit", kinds, "Choose a kind");
  TextInput(h, form, "themes", "Themes (optional)",
            {.hint = "For example, domestic abuse; parental mental ill-health", .width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "lead_group_id", "Lead group (optional)", CurrentGroupOptions(ctx), "No lead group");
  DateInput(h, form, "starts_on", "Starts");
  DateInput(h, form, "report_due_on", "Report due");
  if (!with_report) return;
  DateInput(h, form, "reported_on", "Reported (optional)", "The day its report was made");
  Select(h, form, "reported_at_meeting_id", "Reported to (optional)", MeetingOptions(ctx, year), "Not reported to a meeting");
  FormattedTextarea(h, form, "findings", "Findings (optional)", "What the audit found, and what follows from it", 6);
  Options earlier;
  for (const auto& a : assurance::AssuranceStore(ctx.db).AllAudits(ctx.partnership_id()))
    earlier.emplace_back(std::to_string(a.id), a.title + " (" + core::FormatDateLong(a.starts_on) + ")");
  Select(h, form, "follows_audit_id", "Follows up (optional)", earlier, "Not a follow-up",
         "The earlier audit whose findings this one checks again");
}

core::FieldValues AuditValues(const assurance::PlannedAudit& a) {
  core::FieldValues v = {{"title", a.title},
                         {"kind", std::string(core::CodeOf(assurance::AuditKinds(), a.kind))},
                         {"themes", a.themes},
                         {"starts_on", core::FormatDate(a.starts_on)},
                         {"report_due_on", core::FormatDate(a.report_due_on)},
                         {"findings", a.findings}};
  if (a.lead_group_id) v["lead_group_id"] = std::to_string(*a.lead_group_id);
  if (a.reported_on) v["reported_on"] = core::FormatDate(*a.reported_on);
  if (a.reported_at_meeting_id) v["reported_at_meeting_id"] = std::to_string(*a.reported_at_meeting_id);
  if (a.follows_audit_id) v["follows_audit_id"] = std::to_string(*a.follows_audit_id);
  return v;
}

std::string ComplaintPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/complaints/" + std::to_string(id));
}

void ComplaintFields(Html& h, const FormState& form, bool with_progress) {
  DateInput(h, form, "received_on", "Received");
  Radios(h, form, "channel", "How it came in", VocabularyOptions(assurance::ComplaintChannels()));
  Radios(h, form, "complainant", "Who complained", VocabularyOptions(assurance::Complainants()));
  Textarea(h, form, "summary", "What it is about",
           "Which of the board's functions, and what went wrong. No names: the correspondence stays in the board's email", 4);
  DateInput(h, form, "acknowledged_on", "Acknowledged (optional)");
  if (!with_progress) return;
  DateInput(h, form, "responded_on", "Responded (optional)");
  Select(h, form, "outcome", "Outcome (once responded)", VocabularyOptions(assurance::ComplaintOutcomes()), "No outcome yet");
  Textarea(h, form, "learning", "Learning (optional)", "What the board will do differently", 3);
  h.Element("h3", {{"class", "govuk-heading-s"}}, "If it belongs elsewhere");
  Select(h, form, "redirected_to", "Redirected to (optional)", VocabularyOptions(assurance::RedirectedTos()), "Not redirected");
  TextInput(h, form, "redirected_where", "Where exactly (optional)",
            {.hint = "For example, Thames Valley Police professional standards", .width_class = "govuk-!-width-two-thirds"});
  DateInput(h, form, "redirected_on", "Redirected (optional)");
}

core::FieldValues ComplaintValues(const assurance::Complaint& c) {
  core::FieldValues v{{"received_on", core::FormatDate(c.received_on)},
                      {"channel", std::string(core::CodeOf(assurance::ComplaintChannels(), c.channel))},
                      {"complainant", std::string(core::CodeOf(assurance::Complainants(), c.complainant))},
                      {"summary", c.summary},
                      {"learning", c.learning},
                      {"redirected_where", c.redirected_where}};
  if (c.acknowledged_on) v["acknowledged_on"] = core::FormatDate(*c.acknowledged_on);
  if (c.responded_on) v["responded_on"] = core::FormatDate(*c.responded_on);
  if (c.outcome) v["outcome"] = std::string(core::CodeOf(assurance::ComplaintOutcomes(), *c.outcome));
  if (c.redirected_to) v["redirected_to"] = std::string(core::CodeOf(assurance::RedirectedTos(), *c.redirected_to));
  if (c.redirected_on) v["redirected_on"] = core::FormatDate(*c.redirected_on);
  return v;
}

}  // namespace safeboard::ui::pages::assurance_pages
