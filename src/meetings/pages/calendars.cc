// Meetings as iCalendar feeds: a group's, and a user's private one.
#include "meetings/pages/pages.h"

#include <cstdio>
#include <map>

#include "auth/accounts.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "meetings/icalendar.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

namespace {

std::vector<meetings::CalendarEvent> Events(Context& ctx, const std::vector<Meeting>& list,
                                            const std::string& slug) {
  std::vector<meetings::CalendarEvent> events;
  governance::GovernanceStore governance(ctx.db);
  for (const auto& m : list) {
    auto group = governance.FindGroup(m.partnership_id, m.group_id);
    events.push_back({"meeting-" + std::to_string(m.id) + "@" + slug + ".safeboard",
                      (m.title.empty() ? (group ? group->name : "Meeting") : m.title), m.meets_on,
                      m.starts_at, 120, m.location, m.cancelled});
  }
  return events;
}

Response CalendarResponse(std::string body) {
  Response r{200, {{"Content-Type", "text/calendar; charset=utf-8"}}, std::move(body)};
  r.SetHeader("Content-Disposition", "inline; filename=\"meetings.ics\"");
  return r;
}

}  // namespace

Response GroupCalendar(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  auto list = MeetingStore(ctx.db).MeetingsOfGroup(ctx.partnership_id(), group.id);
  return CalendarResponse(meetings::ICalendar(group.name, Events(ctx, list, ctx.partnership->slug),
                                              ctx.clock.Now()));
}

Response UserCalendar(Context& ctx) {
  std::string token = ctx.params["token"];
  if (!token.ends_with(".ics")) throw http::NotFound{};
  token.resize(token.size() - 4);
  if (token.size() != 64) throw http::NotFound{};
  auto user = auth::UserOfCalendarToken(ctx.db, token);
  if (!user) throw http::NotFound{};
  std::vector<Meeting> list;
  std::string slug = "safeboard";
  for (auto& [meeting, partnership_slug] : MeetingStore(ctx.db).MeetingsOfUserEverywhere(*user)) {
    list.push_back(std::move(meeting));
    slug = partnership_slug;
  }
  return CalendarResponse(meetings::ICalendar("My safeboard meetings", Events(ctx, list, slug), ctx.clock.Now()));
}

Response CreateCalendarLink(Context& ctx) {
  if (!auth::CalendarTokenOf(ctx.db, ctx.session->user.id)) {
    storage::Transaction tx(ctx.db);
    auth::CreateCalendarToken(ctx.db, ctx.session->user.id);
    ctx.Audit(auth::AuditAction::kCreate, "calendar-link", ctx.session->user.id);
    tx.Commit();
  }
  return http::Redirect(ctx.PartnershipPath("/my-meetings?done=calendar-link"));
}

}  // namespace safeboard::ui::pages
