// What the case review pages share: paths, the referral or review of a URL, agency names and
// options, the decision in words, and the review page with its several forms (rendered again by
// each form with its errors). Internal to src/casereviews/pages.
#pragma once
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "casereviews/store.h"
#include "core/vocabulary.h"
#include "http/context.h"
#include "ui/pages/common.h"
#include "ui/pages/record_views.h"

namespace safeboard::ui::pages::case_review_pages {

using casereviews::CaseReviewStore;
using casereviews::Referral;
using casereviews::Review;
using http::Context;
using http::Response;

inline constexpr const char* kNav = "Case reviews";
inline constexpr const char* kAuditReferral = "case-referral";
inline constexpr const char* kAuditReview = "case-review";

std::string Path(const Context& ctx, const std::string& rest = "");
std::string ReferralPath(const Context& ctx, std::int64_t id);
std::string ReviewPath(const Context& ctx, std::int64_t id);
core::Date Today(const Context& ctx);

template <typename Enum>
std::string Label(std::span<const core::Term<Enum>> terms, Enum value) {
  return std::string(core::LabelOf(terms, value));
}

std::map<std::int64_t, std::string> AgencyNames(Context& ctx);
std::vector<std::int64_t> AgencyIds(Context& ctx);  // current agencies
Options CurrentAgencyOptions(Context& ctx);
std::string DecisionText(const Referral& r, const std::map<std::int64_t, std::string>& agencies);
std::string FromText(const Referral& r, const std::map<std::int64_t, std::string>& agencies);

// Each throws http::NotFound for a record not in this partnership.
Referral ReferralOrNotFound(Context& ctx);  // the URL's {id}
Review ReviewOrNotFound(Context& ctx);      // the URL's {id}
Review ReviewOf(Context& ctx, std::int64_t review_id);
casereviews::Recommendation RecommendationOrNotFound(Context& ctx);  // the URL's {id}

// The review page's forms, one of which may carry a refused submission.
struct ReviewForms {
  FormState details, imr, recommendation, action, sign_off, audit, learning;
  std::int64_t action_for = 0;  // which recommendation the action form errors belong to
  std::int64_t sign_off_for = 0;
  bool HasErrors() const {
    return !details.errors.empty() || !imr.errors.empty() || !recommendation.errors.empty() ||
           !action.errors.empty() || !sign_off.errors.empty() || !audit.errors.empty() || !learning.errors.empty();
  }
};

// The review page holds several forms whose fields share names (an agency, a due date); each
// form's fields carry a prefix (Prefixed, Unprefixed in ui/pages/common.h).
std::string ActionPrefix(std::int64_t recommendation);
std::string SignOffPrefix(std::int64_t recommendation);

Response RenderReview(Context& ctx, const Review& review, ReviewForms forms);
Response RenderReferral(Context& ctx, const Referral& r, const FormState& decision_form, const FormState& briefing_form);

}  // namespace safeboard::ui::pages::case_review_pages
