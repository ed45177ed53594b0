// What other areas' pages use to raise learning from their records (issue 16): the referrals
// raised from a record with the form to raise another, and the one way to read and save one.
#pragma once
#include <cstdint>
#include <string>

#include "http/context.h"
#include "learning/learning.h"
#include "ui/components.h"

namespace safeboard::ui::pages::learning_pages {

std::string ReferralPath(const http::Context& ctx, std::int64_t id);
// Where a referral came from, as a link for those who may open the record (case reviews: the
// panels and the board team), otherwise as its label.
void SourceOf(http::Context& ctx, Html& h, const learning::Referral& referral);
// The "Training needs and procedure reviews" section of a record's page: those raised from it
// with where each led, and, when `may_raise`, the form (posting to `action`) to raise another.
void RenderReferralsFrom(http::Context& ctx, Html& h, learning::ReferralSource source, std::int64_t source_id,
                         const FormState& form, const std::string& action, bool may_raise);
// Reads the submitted referral and, when it is good, saves it raised from the record (one
// transaction, audited). The form with its values and any errors.
FormState RaiseReferral(http::Context& ctx, learning::ReferralSource source, std::int64_t source_id,
                        const std::string& source_label);

}  // namespace safeboard::ui::pages::learning_pages
