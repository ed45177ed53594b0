#include "governance/posts.h"

#include "core/form_fields.h"
#include "core/text.h"
#include "governance/governance.h"

namespace safeboard::governance {

std::string PostName(const Post& post) {
  return post.agency_name.empty() ? post.title : post.title + " (" + post.agency_name + ")";
}

const PostHolding* HolderOn(const Post& post, const core::Date& on) {
  for (const auto& h : post.holdings)
    if (h.started_on <= on && (!h.ended_on || on <= *h.ended_on)) return &h;
  return nullptr;
}

core::FieldErrors ReadPost(const core::FieldValues& in, const std::vector<std::int64_t>& agencies, Post& out) {
  core::FieldErrors errors;
  out.title = core::RequiredText(in, "title", "the post's title", errors);
  out.agency_id = core::ReadReference(in, "agency_id", "an agency", agencies, false, errors);
  return errors;
}

namespace {

const PostHolding* OpenHolding(const Post& post) {
  for (const auto& h : post.holdings)
    if (!h.ended_on) return &h;
  return nullptr;
}

}  // namespace

core::FieldErrors ReadNewHolder(const core::FieldValues& in, const std::vector<std::int64_t>& people, const Post& post,
                                PostHolding& out, std::optional<EndsHolding>& ends_previous) {
  core::FieldErrors errors;
  ends_previous.reset();
  if (post.ended_on) errors.Add("person_id", "This post has ended, so it cannot have a new holder");
  if (auto person = core::ReadReference(in, "person_id", "the person who holds the post", people, true, errors))
    out.person_id = *person;
  auto start = ReadDateField(in, "started_on", "the date they started in the post", true, errors);
  if (!errors.empty() || !start) return errors;
  out.post_id = post.id;
  out.started_on = *start;
  for (const auto& h : post.holdings) {
    // RULE: issue 14 - one holder at a time: the new holding starts after every earlier one started,
    // and after every ended one ended.
    if (*start <= h.started_on || (h.ended_on && *start <= *h.ended_on)) {
      errors.Add("started_on", h.person_name + " held this post on that date: the new holder must start after " +
                                   core::FormatDateLong(h.ended_on ? *h.ended_on : h.started_on));
      return errors;
    }
  }
  if (const auto* open = OpenHolding(post)) ends_previous = EndsHolding{open->id, core::AddDays(*start, -1)};
  return errors;
}

core::FieldErrors ReadVacancy(const core::FieldValues& in, const Post& post, EndsHolding& out) {
  core::FieldErrors errors;
  const auto* open = OpenHolding(post);
  if (!open) {
    errors.Add("ended_on", "This post is already vacant");
    return errors;
  }
  auto end = ReadDateField(in, "ended_on", "the date they left the post", true, errors);
  if (!end) return errors;
  if (*end < open->started_on) {
    errors.Add("ended_on", "The date they left must be the same as or after " +
                               core::FormatDateLong(open->started_on) + ", when they started");
    return errors;
  }
  out = {open->id, *end};
  return errors;
}

}  // namespace safeboard::governance
