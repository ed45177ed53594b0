// One Section 11 return as its page shows it (issue 16), shared by the return's handlers
// (section11_return.cc) and the challenge session's (section11_challenge.cc).
#pragma once
#include "assurance/section11.h"
#include "http/context.h"
#include "ui/components.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::section11_pages {

struct ReturnView {
  assurance::Section11Return ret;
  assurance::Section11Round round;
  assurance::Section11Template tmpl;
  std::vector<assurance::Section11Answer> answers;
  std::vector<assurance::EvidenceFile> files;
  std::vector<assurance::Section11Action> actions;
  // The agency's return to the previous round, on that round's template.
  std::optional<assurance::Section11Template> previous_template;
  std::vector<assurance::Section11Answer> previous_answers;
  std::string previous_title;
};
ReturnView ReadReturnView(http::Context& ctx, const assurance::Section11Return& ret);

// The page's forms, each keeping what was typed and its errors when refused.
struct ReturnForms {
  FormState answers, lead, evidence, challenge, action, progress;
  std::int64_t progress_action_id = 0;  // the action `progress` belongs to
  // Why a request was refused when its form is not on the page (a submitted return, say): shown
  // at the top, linking to where the return's standing is.
  core::FieldErrors refused;
};
http::Response RenderReturn(http::Context& ctx, const ReturnView& view, const ReturnForms& forms, int status);

// The challenge session's part of the page (section11_challenge.cc): the challenge form and the
// actions with their forms.
void RenderChallengeForm(http::Context& ctx, Html& h, const ReturnView& view, const FormState& form);
void RenderActions(http::Context& ctx, Html& h, const ReturnView& view, const ReturnForms& forms);

const assurance::Section11Answer* AnswerOf(const ReturnView& view, std::int64_t standard_id);

}  // namespace safeboard::ui::pages::section11_pages
