// Business plan pages.
#include "views/pages/plan_pages.h"

#include <map>

#include "core/csv.h"
#include "governance/store.h"
#include "core/base64.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "plan/store.h"
#include "reports/progress_report.h"
#include "views/area_registry.h"
#include "views/pages/common.h"
#include "views/table_export.h"

namespace safeboard::views::pages {
namespace {

const AreaRegistration kPlanArea{
    {{40, "Business plan", "/plans"}},
    {{"plan-added", "Plan added"}, {"plan-imported", "Actions imported"},
     {"update-added", "Progress update added"}, {"objective-saved", "Objective saved"},
     {"action-saved", "Action saved"}}};

using http::Context;
using http::Response;
using plan::PlanStore;

std::string PlanPath(const Context& ctx, std::int64_t id) { return ctx.PartnershipPath("/plans/" + std::to_string(id)); }
std::string ActionPath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/plan-actions/" + std::to_string(id));
}

void RagTag(Html& h, const std::optional<plan::Rag>& rag) {
  if (!rag) {
    StatusTag(h, {"No update", core::Tone::kNeutral});
    return;
  }
  StatusTag(h, plan::StatusOf(*rag));
}

plan::Plan PlanOrNotFound(Context& ctx) {
  auto p = PlanStore(ctx.db).FindPlan(ctx.partnership_id(), ctx.Id("id"));
  if (!p) throw http::NotFound{};
  return *p;
}

// RULE: issue 4 - a group sees the actions it leads and updates them: members of the lead
// group (or the lead person) and the board team may add progress updates.
bool CanUpdate(Context& ctx, const plan::PlanAction& action) {
  return CanManage(ctx) ||
         (ctx.session && PlanStore(ctx.db).LeadsAction(action, ctx.session->user.id, core::DateOf(ctx.clock.Now())));
}

std::vector<std::vector<TrustedHtml>> ActionRows(Context& ctx, const std::vector<const plan::PlanAction*>& actions) {
  auto today = core::DateOf(ctx.clock.Now());
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto* a : actions) {
    auto updates = a->Updates();
    auto latest = plan::LatestUpdate(updates);
    Html status;
    RagTag(status, latest ? std::optional(latest->rag) : std::nullopt);
    if (plan::IsOverdue(a->by_when, updates, today)) {
      status.Text(" ");
      StatusTag(status, {"Overdue", core::Tone::kBad});
    }
    rows.push_back({LinkCell(ActionPath(ctx, a->id), a->activity), TextCell(a->lead_name),
                    TextCell(plan::FormatByWhen(a->by_when)), status.Build()});
  }
  return rows;
}

}  // namespace

Response ListPlans(Context& ctx) {
  Html h;
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : PlanStore(ctx.db).ListPlans(ctx.partnership_id()))
    rows.push_back({LinkCell(PlanPath(ctx, p.id), p.title),
                    TextCell(core::FormatDateLong(p.starts_on) + " to " + core::FormatDateLong(p.ends_on))});
  Table(h, "", {"Plan", "Period"}, rows);
  if (CanManage(ctx)) {
    FormState form;
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Add a plan");
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/plans")}, {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    TextInput(h, form, "title", "Title", {.hint = "For example, Business Plan 2012-15", .width_class = "govuk-!-width-two-thirds"});
    DateInput(h, form, "starts_on", "Start date");
    DateInput(h, form, "ends_on", "End date");
    std::vector<std::pair<std::string, std::string>> board_meetings;
    for (const auto& m : meetings::MeetingStore(ctx.db).BoardMeetings(ctx.partnership_id(), 40))
      board_meetings.emplace_back(std::to_string(m.id), core::FormatDateLong(m.meets_on));
    Select(h, form, "approved_at_meeting_id", "Approved at the Board meeting of (optional)", board_meetings,
           "Not approved yet");
    Textarea(h, form, "priorities", "Priorities (optional)", "Markdown: one priority per line, starting 1.", 4);
    Button(h, "Add plan", true);
    h.Close("form");
  }
  auto chrome = Chrome(ctx, "Business plans", "Business plan");
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

Response CreatePlan(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  plan::Plan p;
  p.title = core::Trim(form.Value("title"));
  if (p.title.empty()) form.errors.Add("title", "Enter the plan's title");
  auto start = governance::ReadDateField(form.values, "starts_on", "the start date", true, form.errors);
  auto end = governance::ReadDateField(form.values, "ends_on", "the end date", true, form.errors);
  if (start && end && *end < *start) form.errors.Add("ends_on", "The end date must be after the start date");
  p.priorities = core::Trim(form.Value("priorities"));
  if (auto meeting = form.Value("approved_at_meeting_id"); !meeting.empty()) {
    auto board_meeting =
        meetings::MeetingStore(ctx.db).FindBoardMeeting(ctx.partnership_id(), std::atoll(meeting.c_str()));
    if (!board_meeting) form.errors.Add("approved_at_meeting_id", "Select a Board meeting from the list");
    else p.approved_at_meeting_id = board_meeting->id;
  }
  if (!form.errors.empty()) {
    Html h;
    ErrorSummary(h, form.errors);
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ctx.PartnershipPath("/plans"), "Back to business plans");
    h.Close("p");
    auto chrome = Chrome(ctx, "The plan was not added", "Business plan");
    chrome.has_errors = true;
    return Page(ctx, std::move(chrome), std::move(h), 422);
  }
  p.starts_on = *start;
  p.ends_on = *end;
  storage::Transaction tx(ctx.db);
  auto id = PlanStore(ctx.db).CreatePlan(ctx.partnership_id(), p);
  ctx.Audit("create", "plan", id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, id) + "?done=plan-added");
}

Response ShowPlan(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  PlanStore store(ctx.db);
  auto objectives = store.ObjectivesOf(ctx.partnership_id(), p.id);
  auto actions = store.ActionsOfPlan(ctx.partnership_id(), p.id);
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, core::FormatDateLong(p.starts_on) + " to " + core::FormatDateLong(p.ends_on));
  if (p.approved_at_meeting_id) {
    h.Open("p", {{"class", "govuk-body"}});
    h.Text("Approved at ");
    Link(h, ctx.PartnershipPath("/meetings/" + std::to_string(*p.approved_at_meeting_id)), "the Board meeting");
    h.Close("p");
  }
  if (!p.priorities.empty()) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Priorities");
    h.Append(TrustedHtml::FromMarkdown(p.priorities, 2));
  }
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, PlanPath(ctx, p.id) + ".csv", "Download as CSV");
  h.Text(" | ");
  Link(h, PlanPath(ctx, p.id) + ".xlsx", "Download as Excel");
  h.Close("p");
  if (CanManage(ctx)) ButtonLink(h, PlanPath(ctx, p.id) + "/import", "Import actions from a spreadsheet", true);
  if (objectives.empty()) h.Element("p", {{"class", "govuk-body"}}, "No objectives yet.");
  for (const auto& o : objectives) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, o.outcome);
    std::vector<std::pair<std::string, std::string>> risk = {
        {"Lead group", o.lead_group_name.empty() ? "Not set" : o.lead_group_name},
        {"Risks", o.risks.empty() ? "Not assessed" : o.risks}};
    if (o.likelihood && o.impact)
      risk.emplace_back("Risk score", std::to_string(*o.likelihood) + " likelihood x " + std::to_string(*o.impact) +
                                          " impact = " + std::to_string(*o.likelihood * *o.impact));
    SummaryList(h, risk);
    if (CanManage(ctx)) {
      h.Open("p", {{"class", "govuk-body"}});
      Link(h, ctx.PartnershipPath("/objectives/" + std::to_string(o.id)), "Edit the objective and its risk assessment");
      h.Close("p");
    }
    std::vector<const plan::PlanAction*> mine;
    for (const auto& a : actions)
      if (a.objective_id == o.id) mine.push_back(&a);
    Table(h, "", {"Action", "Lead", "By when", "Status"}, ActionRows(ctx, mine));
  }
  auto chrome = Chrome(ctx, p.title, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}};
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

namespace {

Response RenderAction(Context& ctx, const plan::PlanAction& a, const FormState& form, int status) {
  PlanStore store(ctx.db);
  auto plan_id = store.PlanOfAction(ctx.partnership_id(), a.id);
  auto updates = a.Updates();
  auto latest = plan::LatestUpdate(updates);
  Html h;
  SummaryList(h, {{"Performance measure", a.measure},
                  {"Lead", a.lead_name},
                  {"Resources required", a.resources},
                  {"Cost", a.cost_pence ? plan::FormatPence(a.cost_pence) : "None recorded"},
                  {"Evidence", a.evidence.empty() ? "None recorded" : a.evidence},
                  {"By when", plan::FormatByWhen(a.by_when)},
                  {"Latest status", latest ? std::string(core::LabelOf(plan::Rags(), latest->rag)) : "No update yet"},
                  {"Overdue", plan::IsOverdue(a.by_when, updates, core::DateOf(ctx.clock.Now())) ? "Yes" : "No"}});
  if (CanManage(ctx)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ActionPath(ctx, a.id) + "/edit", "Edit this action");
    h.Close("p");
  }
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Progress updates");
  std::vector<std::vector<TrustedHtml>> rows;
  for (auto it = a.updates.rbegin(); it != a.updates.rend(); ++it) {
    Html rag;
    RagTag(rag, it->update.rag);
    rows.push_back({TextCell(core::FormatDateLong(it->update.on)), rag.Build(), TextCell(it->update.text),
                    TextCell(it->update.by)});
  }
  if (rows.empty()) h.Element("p", {{"class", "govuk-body"}}, "None yet.");
  else Table(h, "", {"Date", "RAG", "Progress", "By"}, rows);
  if (CanUpdate(ctx, a)) {
    ErrorSummary(h, form.errors);
    h.Open("form", {{"method", "post"}, {"action", ActionPath(ctx, a.id) + "/updates"}, {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    std::vector<std::pair<std::string, std::string>> rags;
    for (const auto& t : plan::Rags()) rags.emplace_back(std::string(t.code), std::string(t.label));
    Radios(h, form, "rag", "RAG status", rags);
    Textarea(h, form, "text", "Progress", "What has been done since the last update", 4);
    Button(h, "Add update");
    h.Close("form");
  }
  auto chrome = Chrome(ctx, a.activity, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}};
  if (plan_id) chrome.breadcrumbs.emplace_back("The plan", PlanPath(ctx, *plan_id));
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowPlanAction(Context& ctx) {
  auto a = PlanStore(ctx.db).FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  return RenderAction(ctx, *a, FormState{}, 200);
}

Response AddProgressUpdate(Context& ctx) {
  PlanStore store(ctx.db);
  auto a = store.FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  if (!CanUpdate(ctx, *a)) return ErrorPage(ctx, 403);
  FormState form{Submitted(ctx), {}};
  plan::ProgressUpdate update{core::DateOf(ctx.clock.Now()), "", plan::Rag::kAmber, ctx.session->user.display_name};
  form.errors = plan::ReadProgressUpdate(form.values, update);
  if (!form.errors.empty()) return RenderAction(ctx, *a, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddUpdate(ctx.partnership_id(), a->id, update, ctx.user_id());
  ctx.Audit("create", "progress-update", id, std::string(core::CodeOf(plan::Rags(), update.rag)));
  tx.Commit();
  return http::Redirect(ActionPath(ctx, a->id) + "?done=update-added");
}

Response ShowWorkPlan(Context& ctx) {
  auto group = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), ctx.Id("id"));
  if (!group) throw http::NotFound{};
  auto actions = PlanStore(ctx.db).ActionsLedBy(ctx.partnership_id(), group->id);
  std::vector<const plan::PlanAction*> list;
  for (const auto& a : actions) list.push_back(&a);
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, "The business plan actions this group leads.");
  Table(h, "", {"Action", "Lead", "By when", "Status"}, ActionRows(ctx, list));
  auto chrome = Chrome(ctx, "Work plan: " + group->name, "Groups");
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {group->name, ctx.PartnershipPath("/groups/" + std::to_string(group->id))}};
  return Page(ctx, std::move(chrome), std::move(h));
}

namespace {

Response RenderImport(Context& ctx, const plan::Plan& p, const FormState& form,
                      const std::vector<plan::ImportError>& errors, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  ImportErrors(h, errors);
  h.Element("p", {{"class", "govuk-body"}},
            "Upload an Excel workbook (.xlsx, first sheet) or a CSV file with the columns of the plan table: Desired "
            "Outcome, Actions, Performance Measures, Lead, Resources required, By when, Progress "
            "report, RAG. Every row is checked before anything is saved.");
  h.Open("form", {{"method", "post"}, {"action", PlanPath(ctx, p.id) + "/import"}, {"enctype", "multipart/form-data"}});
  CsrfField(h, ctx.csrf_token);
  h.Open("div", {{"class", form.errors.For("file") ? "govuk-form-group govuk-form-group--error" : "govuk-form-group"}});
  h.Element("label", {{"class", "govuk-label"}, {"for", "file"}}, "Spreadsheet (CSV or Excel)");
  if (const std::string* e = form.errors.For("file")) {
    h.Open("p", {{"class", "govuk-error-message"}, {"id", "file-error"}});
    h.Element("span", {{"class", "govuk-visually-hidden"}}, "Error:");
    h.Text(" " + *e).Close("p");
  }
  h.Void("input", {{"class", "govuk-file-upload"}, {"id", "file"}, {"name", "file"}, {"type", "file"}, {"accept", ".csv,.xlsx,text/csv"}});
  h.Close("div");
  Button(h, "Check and import");
  h.Close("form");
  auto chrome = Chrome(ctx, "Import actions into " + p.title, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {p.title, PlanPath(ctx, p.id)}};
  chrome.has_errors = !form.errors.empty() || !errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ImportPlanForm(Context& ctx) { return RenderImport(ctx, PlanOrNotFound(ctx), FormState{}, {}, 200); }

Response ImportPlan(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  FormState form;
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == "file") file = &part;
  if (!file || file->data.empty()) {
    form.errors.Add("file", "Choose a CSV or Excel file to import");
    return RenderImport(ctx, p, form, {}, 422);
  }
  PlanStore store(ctx.db);
  std::string read_error;
  auto table = core::ReadTableFile(file->file_name.value_or(""), file->data, read_error);
  if (!table) {
    form.errors.Add("file", read_error);
    return RenderImport(ctx, p, form, {}, 422);
  }
  auto result = plan::CheckPlanImport(*table, store.LeadNames(ctx.partnership_id()));
  if (!result.errors.empty()) return RenderImport(ctx, p, form, result.errors, 422);
  storage::Transaction tx(ctx.db);
  int saved = store.SaveImport(ctx.partnership_id(), p.id, result, core::DateOf(ctx.clock.Now()));
  ctx.Audit("import", "plan", p.id, std::to_string(saved) + " actions");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, p.id) + "?done=plan-imported");
}

namespace {

// The report period for a meeting: since the previous meeting of its group (or, for the
// half-yearly report to the Children's Trust, the six months before).
core::Date ReportFrom(Context& ctx, const meetings::Meeting& meeting) {
  if (ctx.query.Get("period") == "half-year") {
    using namespace std::chrono;
    year_month ym = meeting.meets_on.year() / meeting.meets_on.month() - months(6);
    return ym / std::min(meeting.meets_on.day(), (ym / last).day());
  }
  auto previous = meetings::MeetingStore(ctx.db).PreviousMeeting(meeting);
  return previous ? previous->meets_on : core::Date{std::chrono::year(1900) / 1 / 1};
}

TableRows ReportRows(Context& ctx, const meetings::Meeting& meeting, const core::Date& from) {
  PlanStore store(ctx.db);
  TableRows rows;
  for (const auto& p : store.ListPlans(ctx.partnership_id())) {
    if (meeting.meets_on < p.starts_on || p.ends_on < from) continue;
    auto objectives = store.ObjectivesOf(ctx.partnership_id(), p.id);
    auto actions = store.ActionsOfPlan(ctx.partnership_id(), p.id);
    for (const auto& section : reports::BuildProgressReport(objectives, actions, from, meeting.meets_on))
      for (const auto& item : section.items) {
        std::string notes;
        for (const auto& u : item.updates_in_period) notes += (notes.empty() ? "" : "\n") + core::FormatDate(u.on) + ": " + u.text;
        rows.push_back({p.title, section.objective->outcome, item.action->activity, item.action->lead_name,
                        item.latest_rag ? std::string(core::LabelOf(plan::Rags(), *item.latest_rag)) : "No update",
                        item.overdue ? "Overdue" : "", notes});
      }
  }
  return rows;
}

}  // namespace

Response AttachProgressReport(Context& ctx) {
  meetings::MeetingStore meetings(ctx.db);
  auto meeting = meetings.FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting) throw http::NotFound{};
  if (meeting->cancelled) return ErrorPage(ctx, 422);
  auto bytes = XlsxBytes({{"Progress",
                           {"Plan", "Objective", "Action", "Lead", "Latest RAG", "Overdue", "Updates in the period"},
                           ReportRows(ctx, *meeting, ReportFrom(ctx, *meeting))}});
  storage::Transaction tx(ctx.db);
  meetings::AgendaItem item;
  item.meeting_id = meeting->id;
  item.title = "Business plan progress report";
  item.presenter = "Business Management Group";
  auto item_id = meetings.AddAgendaItem(ctx.partnership_id(), item);
  meetings::Paper paper;
  paper.agenda_item_id = item_id;
  paper.file_name = "Business plan progress report " + core::FormatDate(meeting->meets_on) + ".xlsx";
  paper.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  paper.size_bytes = static_cast<std::int64_t>(bytes.size());
  paper.uploaded_at = core::FormatTimestamp(ctx.clock.Now());
  paper.late = meetings::IsLate(core::DateOf(ctx.clock.Now()), meeting->meets_on);
  auto paper_id = meetings.AddPaper(ctx.partnership_id(), paper, core::Base64Encode(bytes));
  ctx.Audit("create", "paper", paper_id, "progress report");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/meetings/" + std::to_string(meeting->id)) + "?done=paper-added#agenda");
}

Response ShowProgressReport(Context& ctx) {
  meetings::MeetingStore meetings(ctx.db);
  auto meeting = meetings.FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting) throw http::NotFound{};
  auto previous = meetings.PreviousMeeting(*meeting);
  core::Date from = ReportFrom(ctx, *meeting);
  PlanStore store(ctx.db);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Progress on the business plan as at " + core::FormatDateLong(meeting->meets_on) +
                ", with the updates made since " + (previous || ctx.query.Get("period") == "half-year"
                                                        ? core::FormatDateLong(from)
                                                        : std::string("the plan began")) +
                ". Overdue actions are listed first under each objective.");
  for (const auto& p : store.ListPlans(ctx.partnership_id())) {
    if (meeting->meets_on < p.starts_on || p.ends_on < from) continue;
    auto objectives = store.ObjectivesOf(ctx.partnership_id(), p.id);
    auto actions = store.ActionsOfPlan(ctx.partnership_id(), p.id);
    h.Element("h2", {{"class", "govuk-heading-l"}}, p.title);
    for (const auto& section : reports::BuildProgressReport(objectives, actions, from, meeting->meets_on)) {
      h.Element("h3", {{"class", "govuk-heading-m"}}, section.objective->outcome);
      std::vector<std::vector<TrustedHtml>> rows;
      for (const auto& item : section.items) {
        Html status;
        RagTag(status, item.latest_rag);
        if (item.overdue) {
          status.Text(" ");
          StatusTag(status, {"Overdue", core::Tone::kBad});
        }
        Html notes;
        for (const auto& u : item.updates_in_period)
          notes.Element("p", {{"class", "govuk-body-s"}}, core::FormatDateLong(u.on) + ": " + u.text);
        rows.push_back({LinkCell(ActionPath(ctx, item.action->id), item.action->activity),
                        TextCell(item.action->lead_name), status.Build(), notes.Build()});
      }
      Table(h, "", {"Action", "Lead", "Status", "Updates in the period"}, rows);
    }
  }
  if (CanManage(ctx) && !meeting->cancelled) {
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/meetings/" + std::to_string(meeting->id) + "/progress-report")}});
    CsrfField(h, ctx.csrf_token);
    Button(h, "Attach to the meeting's agenda as its paper", true);
    h.Close("form");
  }
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/meetings/" + std::to_string(meeting->id) + "/progress-report?period=half-year"),
       "The half-yearly report to the Children's Trust (the six months to this date)");
  h.Close("p");
  auto chrome = Chrome(ctx, "Business plan progress report, " + core::FormatDateLong(meeting->meets_on), "Business plan");
  chrome.breadcrumbs = {{"Meeting", ctx.PartnershipPath("/meetings/" + std::to_string(meeting->id))}};
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::views::pages

namespace safeboard::views::pages {
namespace {

// The plan as the import's columns, plus the latest RAG and whether it is overdue.
std::pair<std::vector<std::string>, TableRows> PlanTable(Context& ctx, const plan::Plan& p) {
  PlanStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  std::map<std::int64_t, std::string> outcomes;
  for (const auto& o : store.ObjectivesOf(ctx.partnership_id(), p.id)) outcomes[o.id] = o.outcome;
  TableRows rows;
  for (const auto& a : store.ActionsOfPlan(ctx.partnership_id(), p.id)) {
    auto updates = a.Updates();
    auto latest = plan::LatestUpdate(updates);
    rows.push_back({outcomes[a.objective_id], a.activity, a.measure, a.lead_name, a.resources,
                    plan::FormatByWhen(a.by_when), latest ? latest->text : "",
                    latest ? std::string(core::CodeOf(plan::Rags(), latest->rag)) : "",
                    plan::IsOverdue(a.by_when, updates, today) ? "yes" : "no"});
  }
  std::vector<std::string> headings(std::begin(plan::kImportColumns), std::end(plan::kImportColumns));
  headings.push_back("Overdue");
  return {headings, rows};
}

}  // namespace

Response ExportPlanCsv(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  auto [headings, rows] = PlanTable(ctx, p);
  return CsvDownload("plan-" + std::to_string(p.id) + ".csv", headings, rows);
}

Response ExportPlanXlsx(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  auto [headings, rows] = PlanTable(ctx, p);
  return XlsxDownload("plan-" + std::to_string(p.id) + ".xlsx", "Plan", headings, rows);
}

}  // namespace safeboard::views::pages

namespace safeboard::views::pages {
namespace {

Response RenderObjective(Context& ctx, const plan::Objective& o, const FormState& form, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/objectives/" + std::to_string(o.id))},
                  {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  Textarea(h, form, "outcome", "Desired outcome", "", 2);
  std::vector<std::pair<std::string, std::string>> groups;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    groups.emplace_back(std::to_string(g.id), g.name);
  Select(h, form, "lead_group_id", "Lead group", groups, "No lead group");
  Textarea(h, form, "risks", "Risks and their impact", "What could stop the outcome, and what would follow", 4);
  TextInput(h, form, "likelihood", "Likelihood (1 to 5, optional)", {.width_class = "govuk-input--width-2"});
  TextInput(h, form, "impact", "Impact (1 to 5, optional)", {.width_class = "govuk-input--width-2"});
  Button(h, "Save");
  h.Close("form");
  auto chrome = Chrome(ctx, "Edit objective", "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {"The plan", PlanPath(ctx, o.plan_id)}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response EditObjective(Context& ctx) {
  auto o = PlanStore(ctx.db).FindObjective(ctx.partnership_id(), ctx.Id("id"));
  if (!o) throw http::NotFound{};
  FormState form;
  form.values = {{"outcome", o->outcome}, {"risks", o->risks},
                 {"lead_group_id", o->lead_group_id ? std::to_string(*o->lead_group_id) : ""},
                 {"likelihood", o->likelihood ? std::to_string(*o->likelihood) : ""},
                 {"impact", o->impact ? std::to_string(*o->impact) : ""}};
  return RenderObjective(ctx, *o, form, 200);
}

Response UpdateObjective(Context& ctx) {
  PlanStore store(ctx.db);
  auto o = store.FindObjective(ctx.partnership_id(), ctx.Id("id"));
  if (!o) throw http::NotFound{};
  FormState form{Submitted(ctx), {}};
  plan::RiskAssessment risk;
  form.errors = plan::ReadRiskAssessment(form.values, risk);
  std::optional<std::int64_t> group;
  if (auto text = form.Value("lead_group_id"); !text.empty()) {
    auto found = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), std::atoll(text.c_str()));
    if (!found) form.errors.Add("lead_group_id", "Select a group from the list");
    else group = found->id;
  }
  if (!form.errors.empty()) return RenderObjective(ctx, *o, form, 422);
  o->outcome = risk.outcome;
  o->risks = risk.risks;
  o->likelihood = risk.likelihood;
  o->impact = risk.impact;
  o->lead_group_id = group;
  storage::Transaction tx(ctx.db);
  store.UpdateObjective(ctx.partnership_id(), *o);
  ctx.Audit("update", "objective", o->id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, o->plan_id) + "?done=objective-saved");
}

}  // namespace safeboard::views::pages

namespace safeboard::views::pages {
namespace {

Response RenderActionForm(Context& ctx, const plan::PlanAction& a, const FormState& form, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", ActionPath(ctx, a.id) + "/edit"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  Textarea(h, form, "activity", "Activity", "", 2);
  Textarea(h, form, "measure", "Performance measure or outcome", "", 2);
  Textarea(h, form, "resources", "Resources required", "", 2);
  TextInput(h, form, "cost", "Cost in pounds (optional)", {.hint = "For example, 8,000", .width_class = "govuk-input--width-10"});
  TextInput(h, form, "by_when", "By when",
            {.hint = "A date (March 2012, 31/03/2012), several dates, \"ongoing\", or \"within 3 months of new guidance\"",
             .width_class = "govuk-!-width-two-thirds"});
  TextInput(h, form, "triggered_on", "When the trigger happened (optional)",
            {.hint = "For a \"within N months of\" action: the date, like 2012-01-31", .width_class = "govuk-input--width-10"});
  Textarea(h, form, "evidence", "Evidence (optional)", "", 3);
  Button(h, "Save");
  h.Close("form");
  auto chrome = Chrome(ctx, "Edit action", "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {a.activity, ActionPath(ctx, a.id)}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response EditPlanAction(Context& ctx) {
  auto a = PlanStore(ctx.db).FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  FormState form;
  form.values = {{"activity", a->activity}, {"measure", a->measure}, {"resources", a->resources},
                 {"cost", a->cost_pence ? std::to_string(a->cost_pence / 100) + "." + std::to_string(a->cost_pence % 100 / 10) +
                                              std::to_string(a->cost_pence % 10)
                                        : ""},
                 {"by_when", a->by_when.kind == plan::ByWhen::Kind::kAfterTrigger
                                 ? "within " + std::to_string(a->by_when.months_after) + " months of " + a->by_when.trigger
                                 : plan::EncodeByWhen(a->by_when)},
                 {"triggered_on", a->by_when.triggered_on ? core::FormatDate(*a->by_when.triggered_on) : ""},
                 {"evidence", a->evidence}};
  return RenderActionForm(ctx, *a, form, 200);
}

Response UpdatePlanAction(Context& ctx) {
  PlanStore store(ctx.db);
  auto a = store.FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  FormState form{Submitted(ctx), {}};
  plan::ActionFields fields;
  form.errors = plan::ReadActionFields(form.values, fields);
  if (!form.errors.empty()) return RenderActionForm(ctx, *a, form, 422);
  storage::Transaction tx(ctx.db);
  store.UpdateAction(ctx.partnership_id(), a->id, fields);
  ctx.Audit("update", "plan-action", a->id);
  tx.Commit();
  return http::Redirect(ActionPath(ctx, a->id) + "?done=action-saved");
}

}  // namespace safeboard::views::pages
