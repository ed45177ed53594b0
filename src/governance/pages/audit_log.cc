// The audit log (issue 15): who did what to which record, in UK time, with plain words and links
// to the records, filtered by person, kind of record and days, and exported as CSV.
#include <map>

#include "auth/audit.h"
#include "core/date.h"
#include "core/uk_time.h"
#include "governance/governance.h"
#include "governance/pages/pages.h"
#include "governance/pages/shared.h"
#include "http/form.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

constexpr int kShown = 200;
constexpr int kExported = 100000;

// A record kind in words, and the page of one record of that kind where there is one. Kinds
// without a page of their own (an attendance mark, a risk) are named without a link.
struct RecordKind {
  const char* words;
  const char* path;  // with {id}, under the partnership; nullptr: no page
};
const std::map<std::string, RecordKind, std::less<>>& RecordKinds() {
  static const std::map<std::string, RecordKind, std::less<>> kinds = {
      {"agency", {"agency", "/agencies/{id}"}},
      {"person", {"person", "/people/{id}"}},
      {"group", {"group", "/groups/{id}"}},
      {"membership", {"membership", nullptr}},
      {"post", {"post", "/posts/{id}"}},
      {"meeting", {"meeting", "/meetings/{id}"}},
      {"agenda-item", {"agenda item", nullptr}},
      {"paper", {"paper", "/papers/{id}"}},
      {"papers", {"a meeting's papers", "/meetings/{id}"}},
      {"agenda-pack", {"a meeting's agenda pack", "/meetings/{id}"}},
      {"minutes", {"minutes", "/meetings/{id}/minutes"}},
      {"attendance", {"attendance", "/meetings/{id}/attendance"}},
      {"decision", {"decision", nullptr}},
      {"chairs-action", {"chair's action", nullptr}},
      {"action", {"action from a meeting", nullptr}},
      {"plan", {"business plan", "/plans/{id}"}},
      {"plan-import", {"plan import", nullptr}},
      {"objective", {"objective", nullptr}},
      {"objective-risk", {"risk", nullptr}},
      {"plan-action", {"business plan action", "/plan-actions/{id}"}},
      {"progress-update", {"progress update", nullptr}},
      {"indicator-value", {"indicator value", nullptr}},
      {"indicator-values", {"indicator values", nullptr}},
      {"indicator-targets", {"indicator targets", nullptr}},
      {"indicators", {"indicators", nullptr}},
      {"dispute", {"dispute", nullptr}},
      {"governance-dates", {"governance dates", nullptr}},
      {"child-death", {"child death record", "/child-deaths/cases/{id}"}},
      {"child-deaths", {"child death records", nullptr}},
      {"case-referral", {"case review referral", "/case-reviews/referrals/{id}"}},
      {"case-referrals", {"case review referrals", nullptr}},
      {"user", {"user account", nullptr}},
      {"email-choices", {"email choices", nullptr}},
      {"calendar-link", {"calendar address", nullptr}},
      {"briefing-request", {"briefing request", nullptr}},
      {"partnership", {"partnership", nullptr}},
  };
  return kinds;
}

std::string KindWords(const std::string& type) {
  auto it = RecordKinds().find(type);
  return it == RecordKinds().end() ? type : it->second.words;
}

std::optional<std::string> RecordPath(const Context& ctx, const auth::AuditRecord& e) {
  auto it = RecordKinds().find(e.record_type);
  if (!e.record_id || it == RecordKinds().end() || !it->second.path) return std::nullopt;
  std::string path = it->second.path;
  path.replace(path.find("{id}"), 4, std::to_string(*e.record_id));
  return ctx.PartnershipPath(path);
}

std::string ActionWords(const std::string& code) {
  auto action = core::ParseCode(auth::AuditActions(), code);
  return action ? std::string(core::LabelOf(auth::AuditActions(), *action)) : code;
}

std::string When(const std::string& at) {
  auto time = core::ParseTimestamp(at);
  return time ? core::FormatUkTime(*time) : at;
}

struct Query {
  FormState form;
  auth::AuditFilter filter;
  std::vector<std::pair<std::int64_t, std::string>> users;
  std::vector<std::string> record_types;
};

Query ReadQuery(Context& ctx, int limit) {
  Query q;
  for (const auto& [name, value] : ctx.query.fields()) q.form.values.emplace(name, value);
  q.users = auth::AuditedUsers(ctx.db, ctx.partnership_id());
  q.record_types = auth::AuditedRecordTypes(ctx.db, ctx.partnership_id());
  std::vector<std::int64_t> user_ids;
  for (const auto& [id, name] : q.users) user_ids.push_back(id);
  governance::AuditQuery read;
  q.form.errors = governance::ReadAuditQuery(q.form.values, user_ids, q.record_types, read);
  q.filter.limit = limit;
  if (!q.form.errors.empty()) return q;
  q.filter.user_id = read.user_id;
  q.filter.record_type = read.record_type;
  // Days are UK days: from the start of the first to the start of the day after the last.
  if (read.from) q.filter.from = core::UkStartOfDay(*read.from);
  if (read.to) q.filter.before = core::UkStartOfDay(core::AddDays(*read.to, 1));
  return q;
}

void RenderFilters(Context& ctx, Html& h, const Query& q) {
  h.Open("form", {{"method", "get"}, {"action", ctx.PartnershipPath("/audit")}, {"novalidate", "novalidate"}});
  std::vector<std::pair<std::string, std::string>> people = {{"", "Everyone"}};
  for (const auto& [id, name] : q.users) people.emplace_back(std::to_string(id), name.empty() ? "(no name)" : name);
  Select(h, q.form, "who", "Who", people);
  std::vector<std::pair<std::string, std::string>> kinds = {{"", "Every kind of record"}};
  for (const auto& type : q.record_types) kinds.emplace_back(type, KindWords(type));
  Select(h, q.form, "record", "Record", kinds);
  DateInput(h, q.form, "from", "From", "For example, 1 3 2012");
  DateInput(h, q.form, "to", "To", "The last day to include");
  Button(h, "Show entries", true);
  h.Close("form");
}

// The query string of the current filters, for the export link.
std::string QueryString(const Context& ctx) {
  std::string out;
  for (const auto& [name, value] : ctx.query.fields()) {
    if (value.empty()) continue;
    out += (out.empty() ? "?" : "&") + name + "=" + http::PercentEncode(value);
  }
  return out;
}

}  // namespace

Response ShowAuditLog(Context& ctx) {
  Query q = ReadQuery(ctx, kShown);
  Html h;
  ErrorSummary(h, q.form.errors);
  h.Element("p", {{"class", "govuk-body"}},
            "Who did what, newest first, in UK time. Entries cannot be changed or deleted.");
  RenderFilters(ctx, h, q);
  if (q.form.errors.empty()) {
    auto entries = auth::FilteredAudit(ctx.db, ctx.partnership_id(), q.filter);
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& e : entries) {
      Html record;
      if (!e.record_type.empty()) {
        std::string words = KindWords(e.record_type) + (e.record_id ? " " + std::to_string(*e.record_id) : "");
        if (auto path = RecordPath(ctx, e))
          Link(record, *path, words);
        else
          record.Text(words);
      }
      rows.push_back({TextCell(When(e.at)), TextCell(e.user.empty() ? "(system)" : e.user), TextCell(ActionWords(e.action)),
                      record.Build(), TextCell(e.detail)});
    }
    h.Element("h2", {{"class", "govuk-heading-m"}},
              entries.empty() ? "No entries"
                              : std::to_string(entries.size()) + (static_cast<int>(entries.size()) == kShown ? " newest entries" : " entries"));
    if (!entries.empty()) Table(h, "", {"When", "Who", "What", "Record", "Detail"}, rows);
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ctx.PartnershipPath("/audit.csv") + QueryString(ctx), "Download these entries (CSV)");
    h.Close("p");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Audit log", "Audit log", {});
  chrome.has_errors = !q.form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), q.form.errors.empty() ? 200 : 422);
}

Response ExportAuditLogCsv(Context& ctx) {
  Query q = ReadQuery(ctx, kExported);
  if (!q.form.errors.empty()) return ShowAuditLog(ctx);
  TableRows rows;
  for (const auto& e : auth::FilteredAudit(ctx.db, ctx.partnership_id(), q.filter))
    rows.push_back({When(e.at), e.at, e.user, ActionWords(e.action), KindWords(e.record_type),
                    e.record_id ? std::to_string(*e.record_id) : "", e.detail});
  return CsvDownload("audit-log.csv", {"When (UK time)", "When (UTC)", "Who", "What", "Record", "Record id", "Detail"}, rows);
}

}  // namespace safeboard::ui::pages
