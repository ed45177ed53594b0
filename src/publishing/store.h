// All of communications' and the public site's SQL (issue 18), scoped by partnership.
#pragma once
#include <optional>
#include <vector>

#include "publishing/publishing.h"
#include "storage/database.h"

namespace safeboard::publishing {

class PublishingStore {
 public:
  explicit PublishingStore(storage::Connection& db) : db_(db) {}

  std::optional<SiteSettings> Settings(std::int64_t partnership_id);
  void SaveSettings(std::int64_t partnership_id, const SiteSettings& settings);
  // Newest published first, those not yet published last.
  std::vector<Publication> Publications(std::int64_t partnership_id);
  std::optional<Publication> FindPublication(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddPublication(std::int64_t partnership_id, const Publication& publication);
  void SaveWithdrawal(std::int64_t partnership_id, std::int64_t id, const Date& on);
  // Communication activities, newest first.
  std::vector<Activity> Activities(std::int64_t partnership_id);
  std::int64_t AddActivity(std::int64_t partnership_id, const Activity& activity);

 private:
  std::vector<Publication> Where(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::publishing
