// All of the procedures register's SQL (issue 18), scoped by partnership.
#pragma once
#include <optional>
#include <vector>

#include "procedures/procedures.h"
#include "procedures/review.h"
#include "storage/database.h"

namespace safeboard::procedures {

class ProcedureStore {
 public:
  explicit ProcedureStore(storage::Connection& db) : db_(db) {}

  // By number (5.2 before 5.12), each with its amendments (newest first) and documents.
  std::vector<Chapter> Chapters(std::int64_t partnership_id);
  std::optional<Chapter> FindChapter(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddChapter(std::int64_t partnership_id, const Chapter& chapter);
  // Its number, title, owner, status and review dates.
  void SaveChapter(std::int64_t partnership_id, const Chapter& chapter);
  // RULE: issue 18 - a new version: the amendment, and the chapter current, reviewed that day.
  std::int64_t AddAmendment(std::int64_t partnership_id, const Amendment& amendment);
  // Every chapter's amendments, newest first, with the chapter's number and title.
  std::vector<Amendment> AmendmentsLog(std::int64_t partnership_id);

  std::vector<LinkedDocument> Documents(std::int64_t partnership_id);
  std::int64_t AddDocument(std::int64_t partnership_id, const LinkedDocument& document);
  // Links a chapter to a document of the same board (once; again is nothing).
  void LinkDocument(std::int64_t partnership_id, std::int64_t chapter_id, std::int64_t document_id);

  // Newest first, with the chapters each affects.
  std::vector<Trigger> Triggers(std::int64_t partnership_id);
  std::int64_t AddTrigger(std::int64_t partnership_id, const Trigger& trigger);

  // A chapter's reviews, newest first; one review with its consultees and approvals.
  std::vector<Review> ReviewsOf(std::int64_t partnership_id, std::int64_t chapter_id);
  std::optional<Review> FindReview(std::int64_t partnership_id, std::int64_t id);
  // RULE: issue 18 - opening a review puts the chapter under review.
  std::int64_t OpenReview(std::int64_t partnership_id, const Review& review);
  void SaveDraft(std::int64_t partnership_id, const Review& review);
  void AddConsultees(std::int64_t partnership_id, std::int64_t review_id, const std::vector<Consultee>& added,
                     const Date& closes_on);
  void SaveResponse(std::int64_t partnership_id, std::int64_t review_id, const Consultee& consultee);
  std::int64_t AddApproval(std::int64_t partnership_id, std::int64_t review_id, const Approval& approval);
  void SaveRatification(std::int64_t partnership_id, const Review& review);
  // Publication: the review published and the chapter's new version, in the caller's transaction.
  std::int64_t Publish(std::int64_t partnership_id, const Review& review, const Amendment& amendment);

  // Organisations' policies checked, newest first.
  std::vector<PolicyCheck> PolicyChecks(std::int64_t partnership_id);
  std::int64_t AddPolicyCheck(std::int64_t partnership_id, const PolicyCheck& check);

  std::optional<Date> NextUpdate(std::int64_t partnership_id);
  void SaveNextUpdate(std::int64_t partnership_id, const Date& on);

 private:
  std::vector<Chapter> ChaptersWhere(const std::string& condition, const storage::Params& params);
  std::vector<Review> ReviewsWhere(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::procedures
