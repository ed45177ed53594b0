// The business plan progress report for a meeting, and attaching it to the agenda.
#include "plan/pages/pages.h"

#include <map>

#include "core/base64.h"
#include "core/csv.h"
#include "governance/store.h"
#include "meetings/paper_rendition.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "reports/progress_report.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace plan_pages;

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
        rows.push_back({p.title, section.objective->outcome, item.action->activity, item.action->LeadNames(),
                        item.latest_rag ? std::string(core::LabelOf(plan::Rags(), *item.latest_rag)) : "No update",
                        item.overdue ? "Overdue" : "", notes});
      }
  }
  return rows;
}

const std::vector<std::string> kReportHeadings = {"Plan", "Objective", "Action", "Lead", "Latest RAG", "Overdue",
                                                  "Updates in the period"};

meetings::Meeting ReportMeetingOrNotFound(Context& ctx) {
  auto meeting = meetings::MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting) throw http::NotFound{};
  return *meeting;
}

std::string ReportFileName(const meetings::Meeting& meeting, Context& ctx, const char* extension) {
  return "progress-report-" + core::FormatDate(meeting.meets_on) +
         (ctx.query.Get("period") == "half-year" ? "-half-year" : "") + extension;
}

}  // namespace

// The report as a table to work on (issue 15): one row per action, as the page shows them.
Response ExportProgressReportCsv(Context& ctx) {
  auto meeting = ReportMeetingOrNotFound(ctx);
  return CsvDownload(ReportFileName(meeting, ctx, ".csv"), kReportHeadings,
                     ReportRows(ctx, meeting, ReportFrom(ctx, meeting)));
}

Response ExportProgressReportXlsx(Context& ctx) {
  auto meeting = ReportMeetingOrNotFound(ctx);
  return XlsxDownload(ReportFileName(meeting, ctx, ".xlsx"), "Progress", kReportHeadings,
                      ReportRows(ctx, meeting, ReportFrom(ctx, meeting)));
}

Response AttachProgressReport(Context& ctx) {
  meetings::MeetingStore meetings(ctx.db);
  auto meeting = meetings.FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting) throw http::NotFound{};
  if (meeting->cancelled) return ErrorPage(ctx, 422);
  auto bytes = XlsxBytes({{"Progress", kReportHeadings, ReportRows(ctx, *meeting, ReportFrom(ctx, *meeting))}});
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
  auto rendition = meetings::RenderPaper(bytes, paper);
  auto paper_id = meetings.AddPaper(ctx.partnership_id(), paper, core::Base64Encode(bytes), rendition);
  ctx.Audit(auth::AuditAction::kCreate, "paper", paper_id, "progress report");
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
                        TextCell(item.action->LeadNames()), status.Build(), notes.Build()});
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
  std::string period = ctx.query.Get("period") == "half-year" ? "?period=half-year" : "";
  std::string export_path = ctx.PartnershipPath("/meetings/" + std::to_string(meeting->id) + "/progress-report");
  h.Open("p", {{"class", "govuk-body"}});
  h.Text("Download this report: ");
  Link(h, export_path + ".xlsx" + period, "spreadsheet (Excel)");
  h.Text(" or ");
  Link(h, export_path + ".csv" + period, "CSV");
  h.Close("p");
  auto chrome = Chrome(ctx, "Business plan progress report, " + core::FormatDateLong(meeting->meets_on), "Business plan");
  chrome.breadcrumbs = {{"Meeting", ctx.PartnershipPath("/meetings/" + std::to_string(meeting->id))}};
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
