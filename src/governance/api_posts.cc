// JSON handlers for posts and who holds them: the same readers (governance::ReadPost,
// ReadNewHolder) and store as the pages.
#include <boost/json.hpp>

#include "api/json_io.h"
#include "core/date.h"
#include "governance/api.h"
#include "governance/post_store.h"
#include "governance/store.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using governance::PostStore;
using http::Context;
using http::Response;

constexpr std::string_view kPostFields[] = {"title", "agency_id"};
constexpr std::string_view kHolderFields[] = {"person_id", "started_on"};

json::object PostJson(const governance::Post& p, const core::Date& today) {
  json::array holdings;
  for (const auto& h : p.holdings)
    holdings.push_back(json::object{{"person_id", h.person_id},
                                    {"name", h.person_name},
                                    {"started_on", core::FormatDate(h.started_on)},
                                    {"ended_on", DateJson(h.ended_on)}});
  const auto* holder = governance::HolderOn(p, today);
  return {{"id", p.id},
          {"title", p.title},
          {"agency_id", p.agency_id ? json::value(*p.agency_id) : json::value(nullptr)},
          {"name", governance::PostName(p)},
          {"held_by_person_id", holder ? json::value(holder->person_id) : json::value(nullptr)},
          {"holdings", holdings},
          {"ended_on", DateJson(p.ended_on)}};
}

}  // namespace

Response ListPosts(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  json::array out;
  for (const auto& p : PostStore(ctx.db).ListPosts(ctx.partnership_id())) out.push_back(PostJson(p, today));
  return Json(200, json::object{{"posts", out}});
}

Response CreatePost(Context& ctx) {
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kPostFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  governance::Post post;
  post.partnership_id = ctx.partnership_id();
  auto agencies = governance::GovernanceStore(ctx.db).KnownIdsOf(ctx.partnership_id()).agencies;
  if (auto errors = governance::ReadPost(*values, agencies, post); !errors.empty()) return FieldErrorsResponse(errors);
  try {
    storage::Transaction tx(ctx.db);
    PostStore store(ctx.db);
    post.id = store.CreatePost(post);
    ctx.Audit(auth::AuditAction::kCreate, "post", post.id, "api");
    auto saved = *store.FindPost(ctx.partnership_id(), post.id);
    tx.Commit();
    return Json(201, PostJson(saved, core::DateOf(ctx.clock.Now())));
  } catch (const storage::DatabaseError& e) {
    if (!e.constraint()) throw;
    core::FieldErrors errors;
    errors.Add("title", "This agency already has a post with this title");
    return FieldErrorsResponse(errors);
  }
}

Response AddPostHolder(Context& ctx) {
  PostStore store(ctx.db);
  auto post = store.FindPost(ctx.partnership_id(), ctx.Id("id"));
  if (!post) throw http::NotFound{};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kHolderFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  governance::PostHolding holding;
  std::optional<governance::EndsHolding> ends;
  auto people = governance::GovernanceStore(ctx.db).KnownIdsOf(ctx.partnership_id()).people;
  if (auto errors = governance::ReadNewHolder(*values, people, *post, holding, ends); !errors.empty())
    return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  if (ends) store.EndHolding(post->id, *ends);
  store.AddHolding(holding);
  ctx.Audit(auth::AuditAction::kUpdate, "post", post->id, "api: new holder");
  auto saved = *store.FindPost(ctx.partnership_id(), post->id);
  tx.Commit();
  return Json(201, PostJson(saved, core::DateOf(ctx.clock.Now())));
}

}  // namespace safeboard::api
