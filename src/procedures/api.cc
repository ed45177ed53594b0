#include "procedures/api.h"

#include "api/json_io.h"
#include "procedures/store.h"

namespace safeboard::api {

namespace json = boost::json;

http::Response GetProcedures(http::Context& ctx) {
  procedures::ProcedureStore store(ctx.db);
  auto chapters = store.Chapters(ctx.partnership_id());
  auto triggers = store.Triggers(ctx.partnership_id());
  auto date = [](const std::optional<core::Date>& d) { return d ? json::value(core::FormatDate(*d)) : json::value(nullptr); };
  json::array list;
  for (const auto& c : chapters) {
    json::array versions;
    for (const auto& a : c.amendments)
      versions.push_back(json::object{{"amended_on", core::FormatDate(a.amended_on)}, {"note", a.note}});
    list.push_back(json::object{{"id", c.id},
                                {"number", c.number},
                                {"title", c.title},
                                {"owner_group", c.owner_group_name},
                                {"status", std::string(core::CodeOf(procedures::ChapterStatuses(), c.status))},
                                {"last_reviewed_on", date(c.last_reviewed_on)},
                                {"next_review_on", date(c.next_review_on)},
                                {"versions", versions}});
  }
  json::array owed;
  for (const auto& o : procedures::ReviewsOwed(chapters, triggers, core::DateOf(ctx.clock.Now())))
    owed.push_back(json::object{{"chapter_id", o.chapter->id},
                                {"trigger", o.trigger->title},
                                {"trigger_kind", std::string(core::CodeOf(procedures::TriggerKinds(), o.trigger->kind))},
                                {"due_on", core::FormatDate(o.due_on)},
                                {"reviewed_on", date(o.met_on)},
                                {"standing", std::string(core::CodeOf(procedures::ReviewStandings(), o.standing))}});
  return Json(200, json::object{{"next_update_on", date(store.NextUpdate(ctx.partnership_id()))},
                                {"chapters", list},
                                {"reviews_owed", owed}});
}

}  // namespace safeboard::api
