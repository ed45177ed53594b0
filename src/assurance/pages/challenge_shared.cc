#include "assurance/pages/challenge_shared.h"

#include "assurance/pages/shared.h"
#include "core/date.h"
#include "governance/store.h"

namespace safeboard::ui::pages::challenge_pages {

std::string ReportsPath(const http::Context& ctx, int year) {
  return ctx.PartnershipPath("/assurance/reports?year=" + std::to_string(year));
}
std::string ReportPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/reports/" + std::to_string(id));
}
std::string PlansPath(const http::Context& ctx) { return ctx.PartnershipPath("/assurance/remedial-plans"); }
std::string PlanPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/remedial-plans/" + std::to_string(id));
}

std::vector<std::int64_t> AgencyIds(http::Context& ctx) {
  std::vector<std::int64_t> ids;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id())) ids.push_back(a.id);
  return ids;
}

Options AgencyOptions(http::Context& ctx) {
  Options out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.emplace_back(std::to_string(a.id), a.name);
  return out;
}

void ReportFields(http::Context& ctx, Html& h, const FormState& form, int year) {
  Select(h, form, "kind", "Kind of report", VocabularyOptions(assurance::ReportKinds()), "Choose a kind");
  TextInput(h, form, "title", "Title", {.hint = "For example, Private Fostering annual report", .width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "agency_id", "From the agency (optional)", AgencyOptions(ctx), "Not one of the board's agencies");
  TextInput(h, form, "from_name", "Or from (optional)", {.hint = "For example, Ofsted, or a school", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "period", "Period it covers (optional)", {.hint = "For example, 2010-11", .width_class = "govuk-input--width-10"});
  DateInput(h, form, "received_on", "Received");
  Select(h, form, "considered_at_meeting_id", "Considered at (optional)", assurance_pages::MeetingOptions(ctx, year),
         "Not considered at a meeting yet");
  h.Element("h3", {{"class", "govuk-heading-s"}}, "Summary sheet");
  Textarea(h, form, "purpose", "Purpose (optional)", "", 2);
  Textarea(h, form, "key_findings", "Key findings (optional)", "", 3);
  Textarea(h, form, "strengths", "Good practice (optional)", "", 2);
  Textarea(h, form, "shortcomings", "Shortcomings (optional)", "Needed when the board is not fully assured", 2);
  Textarea(h, form, "actions_for_board", "Actions for the board (optional)", "", 2);
  Textarea(h, form, "comment", "The group's comment (optional)", "", 3);
  Select(h, form, "assurance", "Is the board assured? (optional)", VocabularyOptions(assurance::Assurances()), "Not judged yet");
}

core::FieldValues ReportValues(const assurance::AgencyReport& r) {
  core::FieldValues v{{"kind", std::string(core::CodeOf(assurance::ReportKinds(), r.kind))},
                      {"title", r.title},
                      {"from_name", r.from_name},
                      {"period", r.period},
                      {"received_on", core::FormatDate(r.received_on)},
                      {"purpose", r.purpose},
                      {"key_findings", r.key_findings},
                      {"strengths", r.strengths},
                      {"shortcomings", r.shortcomings},
                      {"actions_for_board", r.actions_for_board},
                      {"comment", r.comment}};
  if (r.agency_id) v["agency_id"] = std::to_string(*r.agency_id);
  if (r.considered_at_meeting_id) v["considered_at_meeting_id"] = std::to_string(*r.considered_at_meeting_id);
  if (r.assurance) v["assurance"] = std::string(core::CodeOf(assurance::Assurances(), *r.assurance));
  return v;
}

void PlanFields(http::Context& ctx, Html& h, const FormState& form, bool agency_fixed) {
  if (agency_fixed) {
    for (const char* field : {"agency_id", "agency_report_id"})
      h.Void("input", {{"type", "hidden"}, {"name", field}, {"value", form.Value(field)}});
  } else {
    Select(h, form, "agency_id", "Agency", AgencyOptions(ctx), "Choose an agency");
  }
  Textarea(h, form, "shortcomings", "Shortcomings", "What the board found", 3);
  Textarea(h, form, "plan", "The remedial action plan", "What the agency will do, by when", 4);
  DateInput(h, form, "agreed_on", "Agreed with the agency");
  DateInput(h, form, "review_due_on", "First review");
}

}  // namespace safeboard::ui::pages::challenge_pages
