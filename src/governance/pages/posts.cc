// Posts: the list, one post with who held it, adding and editing one, a new holder, a vacancy,
// and ending a post that no longer exists.
#include "governance/pages/pages.h"

#include "governance/pages/shared.h"
#include "governance/post_store.h"
#include "storage/database.h"
#include "ui/area_registry.h"

namespace safeboard::ui::pages {

using namespace governance_pages;
using governance::Post;
using governance::PostStore;

namespace {

const AreaRegistration kPostsArea{
    {{65, "Posts", "/posts"}},
    {{"post-added", "Post added"}, {"post-saved", "Post saved"}, {"post-ended", "Post ended"},
     {"holder-added", "Holder recorded"}, {"post-vacant", "Post recorded as vacant"}}};

constexpr const char* kNav = "Posts";

std::string PostPath(const Context& ctx, std::int64_t id) { return ctx.PartnershipPath("/posts/" + std::to_string(id)); }

Post PostOrNotFound(Context& ctx) {
  auto post = PostStore(ctx.db).FindPost(ctx.partnership_id(), ctx.Id("id"));
  if (!post) throw http::NotFound{};
  return *post;
}

std::vector<std::pair<std::string, std::string>> Crumbs(const Context& ctx, const Post* post = nullptr) {
  std::vector<std::pair<std::string, std::string>> crumbs = {{"Posts", ctx.PartnershipPath("/posts")}};
  if (post) crumbs.emplace_back(governance::PostName(*post), PostPath(ctx, post->id));
  return crumbs;
}

Response RenderPostForm(Context& ctx, const FormState& form, const std::string& title, const std::string& action) {
  GovernanceStore store(ctx.db);
  Html h;
  OpenForm(h, ctx, action, form);
  TextInput(h, form, "title", "Title of the post",
            {.hint = "As the board names it, for example Head of Safeguarding or Designated Nurse",
             .width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "agency_id", "Agency", AgencyOptions(store, ctx.partnership_id()), "The board itself",
         "Leave as the board itself for the board's own posts, like Partnership Manager");
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, title, kNav, Crumbs(ctx), form, std::move(h));
}

std::string HolderText(const Post& post, const core::Date& today) {
  if (post.ended_on) return "Post ended " + DateText(post.ended_on);
  const auto* holder = governance::HolderOn(post, today);
  return holder ? holder->person_name : "Vacant";
}

Response SavePost(Context& ctx, Post post, const std::string& title, const std::string& action) {
  FormState form{Submitted(ctx), {}};
  form.errors = governance::ReadPost(form.values, GovernanceStore(ctx.db).KnownIdsOf(ctx.partnership_id()).agencies, post);
  if (form.errors.empty()) {
    bool creating = post.id == 0;
    try {
      storage::Transaction tx(ctx.db);
      PostStore store(ctx.db);
      if (creating)
        post.id = store.CreatePost(post);
      else
        store.UpdatePost(post);
      ctx.Audit(creating ? auth::AuditAction::kCreate : auth::AuditAction::kUpdate, "post", post.id);
      tx.Commit();
      return http::Redirect(PostPath(ctx, post.id) + (creating ? "?done=post-added" : "?done=post-saved"));
    } catch (const storage::DatabaseError& e) {
      if (!e.constraint()) throw;
      form.errors.Add("title", "This agency already has a post with this title");
    }
  }
  return RenderPostForm(ctx, form, title, action);
}

Response RenderHolderForm(Context& ctx, const Post& post, const FormState& form) {
  GovernanceStore store(ctx.db);
  Html h;
  OpenForm(h, ctx, PostPath(ctx, post.id) + "/holder", form);
  Select(h, form, "person_id", "Who holds the post", PersonOptions(store, ctx.partnership_id()), "Choose a person");
  DateInput(h, form, "started_on", "Date they started in the post");
  h.Element("p", {{"class", "govuk-body"}}, "Whoever holds the post now is recorded as leaving it the day before.");
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, "New holder of " + governance::PostName(post), kNav, Crumbs(ctx, &post), form, std::move(h));
}

}  // namespace

Response ListPosts(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "The posts the board names as leads. People hold them in turn; a post can be vacant.");
  if (CanManage(ctx)) ButtonLink(h, ctx.PartnershipPath("/posts/new"), "Add a post");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : PostStore(ctx.db).ListPosts(ctx.partnership_id()))
    rows.push_back({LinkCell(PostPath(ctx, p.id), p.title), TextCell(p.agency_id ? p.agency_name : "The board"),
                    TextCell(HolderText(p, today))});
  Table(h, "", {"Post", "Agency", "Held by"}, rows);
  return Page(ctx, ChromeWithCrumbs(ctx, "Posts", kNav, {}), std::move(h));
}

Response ShowPost(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  SummaryList(h, {{"Agency", post.agency_id ? post.agency_name : "The board"}, {"Held by", HolderText(post, today)}});
  std::vector<std::vector<TrustedHtml>> rows;
  for (auto it = post.holdings.rbegin(); it != post.holdings.rend(); ++it)
    rows.push_back({LinkCell(ctx.PartnershipPath("/people/" + std::to_string(it->person_id)), it->person_name),
                    TextCell(DateText(it->started_on)), TextCell(it->ended_on ? DateText(it->ended_on) : "Current")});
  Table(h, "Who held it", {"Name", "From", "To"}, rows);
  if (CanManage(ctx) && !post.ended_on) {
    std::string base = PostPath(ctx, post.id);
    ButtonLink(h, base + "/holder", "Record a new holder");
    if (governance::HolderOn(post, today)) ButtonLink(h, base + "/vacant", "Record the post as vacant", true);
    ButtonLink(h, base + "/edit", "Edit post", true);
    ButtonLink(h, base + "/end", "End post", true);
  }
  return Page(ctx, ChromeWithCrumbs(ctx, governance::PostName(post), kNav, Crumbs(ctx)), std::move(h));
}

Response NewPost(Context& ctx) { return RenderPostForm(ctx, FormState{}, "Add a post", ctx.PartnershipPath("/posts")); }

Response CreatePost(Context& ctx) {
  Post post;
  post.partnership_id = ctx.partnership_id();
  return SavePost(ctx, post, "Add a post", ctx.PartnershipPath("/posts"));
}

Response EditPost(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  FormState form;
  form.values = {{"title", post.title}, {"agency_id", IdText(post.agency_id)}};
  return RenderPostForm(ctx, form, "Edit " + governance::PostName(post), PostPath(ctx, post.id) + "/edit");
}

Response UpdatePost(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  return SavePost(ctx, post, "Edit " + governance::PostName(post), PostPath(ctx, post.id) + "/edit");
}

Response NewPostHolder(Context& ctx) { return RenderHolderForm(ctx, PostOrNotFound(ctx), FormState{}); }

Response AddPostHolder(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  governance::PostHolding holding;
  std::optional<governance::EndsHolding> ends;
  form.errors = governance::ReadNewHolder(form.values, GovernanceStore(ctx.db).KnownIdsOf(ctx.partnership_id()).people,
                                          post, holding, ends);
  if (!form.errors.empty()) return RenderHolderForm(ctx, post, form);
  storage::Transaction tx(ctx.db);
  PostStore store(ctx.db);
  if (ends) store.EndHolding(post.id, *ends);
  store.AddHolding(holding);
  ctx.Audit(auth::AuditAction::kUpdate, "post", post.id, "new holder");
  tx.Commit();
  return http::Redirect(PostPath(ctx, post.id) + "?done=holder-added");
}

Response PostVacancyForm(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  return RenderEndForm(ctx, TodayForm(ctx), "Record " + governance::PostName(post) + " as vacant",
                       "The holder leaves the post on this date; the post stays, vacant, until a new holder is recorded.",
                       PostPath(ctx, post.id) + "/vacant", Crumbs(ctx, &post), kNav);
}

Response RecordPostVacancy(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  governance::EndsHolding ends;
  form.errors = governance::ReadVacancy(form.values, post, ends);
  if (!form.errors.empty())
    return RenderEndForm(ctx, form, "Record " + governance::PostName(post) + " as vacant", "",
                         PostPath(ctx, post.id) + "/vacant", Crumbs(ctx, &post), kNav);
  storage::Transaction tx(ctx.db);
  PostStore(ctx.db).EndHolding(post.id, ends);
  ctx.Audit(auth::AuditAction::kUpdate, "post", post.id, "vacant from " + core::FormatDate(ends.ended_on));
  tx.Commit();
  return http::Redirect(PostPath(ctx, post.id) + "?done=post-vacant");
}

Response EndPostForm(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  return RenderEndForm(ctx, TodayForm(ctx), "End " + governance::PostName(post),
                       "The post no longer exists. It stays in the records with who held it, and leads it was "
                       "named in keep its name.",
                       PostPath(ctx, post.id) + "/end", Crumbs(ctx, &post), kNav);
}

Response EndPost(Context& ctx) {
  auto post = PostOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  core::Date ended{};
  std::optional<core::Date> started;
  if (!post.holdings.empty()) started = post.holdings.back().started_on;
  form.errors = governance::CheckEndDate(started, form.values, ended);
  if (!form.errors.empty())
    return RenderEndForm(ctx, form, "End " + governance::PostName(post), "", PostPath(ctx, post.id) + "/end",
                         Crumbs(ctx, &post), kNav);
  storage::Transaction tx(ctx.db);
  PostStore(ctx.db).EndPost(ctx.partnership_id(), post.id, ended);
  ctx.Audit(auth::AuditAction::kEnd, "post", post.id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(PostPath(ctx, post.id) + "?done=post-ended");
}

}  // namespace safeboard::ui::pages
