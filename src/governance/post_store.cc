// Posts in SQL that runs on SQLite and PostgreSQL alike.
#include "governance/post_store.h"

#include <map>

namespace safeboard::governance {
namespace {

using storage::Nullable;
using storage::Row;

constexpr const char* kPostSelect =
    "SELECT p.id, p.partnership_id, p.title, p.agency_id, COALESCE(a.name, ''), p.ended_on FROM posts p "
    "LEFT JOIN agencies a ON a.id = p.agency_id ";

Post PostFromRow(const Row& r) {
  Post p;
  p.id = r.Int(0);
  p.partnership_id = r.Int(1);
  p.title = r.Text(2);
  p.agency_id = r.OptInt(3);
  p.agency_name = r.Text(4);
  if (auto ended = r.OptText(5)) p.ended_on = core::ParseDate(*ended);
  return p;
}

}  // namespace

void PostStore::LoadHoldings(std::vector<Post>& posts) {
  if (posts.empty()) return;
  std::map<std::int64_t, Post*> by_id;
  for (auto& p : posts) by_id[p.id] = &p;
  // One post (FindPost) reads its own holdings; a list reads the partnership's in one query.
  std::string sql =
      "SELECT h.id, h.post_id, h.person_id, pe.full_name, h.started_on, h.ended_on FROM post_holdings h "
      "JOIN posts p ON p.id = h.post_id JOIN people pe ON pe.id = h.person_id WHERE p.partnership_id = ? ";
  storage::Params params{posts.front().partnership_id};
  if (posts.size() == 1) {
    sql += "AND p.id = ? ";
    params.push_back(posts.front().id);
  }
  for (const auto& r : db_.Query(sql + "ORDER BY h.started_on, h.id", params)) {
    auto found = by_id.find(r.Int(1));
    if (found == by_id.end()) continue;
    PostHolding h{r.Int(0), r.Int(1), r.Int(2), r.Text(3), core::ParseDate(r.Text(4)).value_or(core::Date{}),
                  std::nullopt};
    if (auto ended = r.OptText(5)) h.ended_on = core::ParseDate(*ended);
    found->second->holdings.push_back(std::move(h));
  }
}

std::vector<Post> PostStore::ListPosts(std::int64_t partnership_id) {
  std::vector<Post> out;
  for (const auto& r : db_.Query(std::string(kPostSelect) +
                                     "WHERE p.partnership_id = ? ORDER BY CASE WHEN p.agency_id IS NULL THEN 0 "
                                     "ELSE 1 END, a.name, p.title, p.id",
                                 {partnership_id}))
    out.push_back(PostFromRow(r));
  LoadHoldings(out);
  return out;
}

std::optional<Post> PostStore::FindPost(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kPostSelect) + "WHERE p.partnership_id = ? AND p.id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  std::vector<Post> one{PostFromRow(*r)};
  LoadHoldings(one);
  return one.front();
}

std::int64_t PostStore::CreatePost(const Post& post) {
  return db_.Insert("INSERT INTO posts (partnership_id, title, agency_id) VALUES (?, ?, ?) RETURNING id",
                    {post.partnership_id, post.title, Nullable(post.agency_id)});
}

void PostStore::UpdatePost(const Post& post) {
  db_.Exec("UPDATE posts SET title = ?, agency_id = ? WHERE partnership_id = ? AND id = ?",
           {post.title, Nullable(post.agency_id), post.partnership_id, post.id});
}

void PostStore::EndPost(std::int64_t partnership_id, std::int64_t id, const core::Date& ended_on) {
  std::string day = core::FormatDate(ended_on);
  db_.Exec("UPDATE posts SET ended_on = ? WHERE partnership_id = ? AND id = ?", {day, partnership_id, id});
  db_.Exec("UPDATE post_holdings SET ended_on = ? WHERE ended_on IS NULL AND post_id IN "
           "(SELECT id FROM posts WHERE partnership_id = ? AND id = ?)",
           {day, partnership_id, id});
}

std::int64_t PostStore::AddHolding(const PostHolding& holding) {
  return db_.Insert(
      "INSERT INTO post_holdings (post_id, person_id, started_on) VALUES (?, ?, ?) RETURNING id",
      {holding.post_id, holding.person_id, core::FormatDate(holding.started_on)});
}

void PostStore::EndHolding(std::int64_t post_id, const EndsHolding& ends) {
  db_.Exec("UPDATE post_holdings SET ended_on = ? WHERE post_id = ? AND id = ?",
           {core::FormatDate(ends.ended_on), post_id, ends.holding_id});
}

std::vector<std::int64_t> PostStore::PostsHeldByUser(std::int64_t partnership_id, std::int64_t user_id,
                                                     const core::Date& on) {
  std::string day = core::FormatDate(on);
  std::vector<std::int64_t> out;
  for (const auto& r : db_.Query(
           "SELECT h.post_id FROM post_holdings h JOIN posts p ON p.id = h.post_id JOIN people pe ON pe.id = h.person_id "
           "WHERE p.partnership_id = ? AND pe.user_id = ? AND h.started_on <= ? AND (h.ended_on IS NULL OR h.ended_on >= ?)",
           {partnership_id, user_id, day, day}))
    out.push_back(r.Int(0));
  return out;
}

}  // namespace safeboard::governance
