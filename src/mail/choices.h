// Which emails a person may choose not to get (issue 15): the kinds safeboard sends to members,
// each with its label and what it is for. An invitation is never optional. Pure.
#pragma once
#include <span>

#include "core/vocabulary.h"

namespace safeboard::mail {

enum class MailKind { kPapers, kMinutes, kApologies, kDigest };
// The kinds, in the order the email settings page lists them.
std::span<const core::Term<MailKind>> MailKinds();

}  // namespace safeboard::mail
