// Posts and who held them, through the storage interface. Every query is scoped by partnership.
// Writes do not commit: the caller wraps them in a Transaction.
#pragma once
#include <optional>
#include <vector>

#include "governance/posts.h"
#include "storage/database.h"

namespace safeboard::governance {

class PostStore {
 public:
  explicit PostStore(storage::Connection& db) : db_(db) {}
  // Every post, ended ones too, by agency (the board's own first) then title, with holdings.
  std::vector<Post> ListPosts(std::int64_t partnership_id);
  std::optional<Post> FindPost(std::int64_t partnership_id, std::int64_t id);
  std::int64_t CreatePost(const Post& post);
  void UpdatePost(const Post& post);
  void EndPost(std::int64_t partnership_id, std::int64_t id, const core::Date& ended_on);
  // The post must be this partnership's (the caller found it).
  std::int64_t AddHolding(const PostHolding& holding);
  void EndHolding(std::int64_t post_id, const EndsHolding& ends);
  // Posts whose current holder (on `on`) is the user's person record.
  std::vector<std::int64_t> PostsHeldByUser(std::int64_t partnership_id, std::int64_t user_id, const core::Date& on);

 private:
  void LoadHoldings(std::vector<Post>& posts);
  storage::Connection& db_;
};

}  // namespace safeboard::governance
