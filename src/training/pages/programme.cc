// The training programme (issue 17): a year's events with the places left, the courses, and for
// the training team (the board team) adding a course or an event and setting the charging rules.
#include "core/date.h"
#include "core/money.h"
#include "core/financial_year.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"
#include "ui/area_registry.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

const AreaRegistration kTrainingArea{
    {{58, "Training", "/training"}},
    {{"course-added", "Course added"}, {"event-added", "Event added"}, {"charges-saved", "Charging rules saved"},
     {"booking-confirmed", "Place confirmed"}, {"booking-waiting", "The event is full: the practitioner is on the waiting list"},
     {"booking-cancelled", "Place cancelled"}, {"booking-moved-up", "Place cancelled: the first on the waiting list has it now"},
     {"booking-substituted", "The colleague has the place now"}, {"attendance-marked", "Register marked"},
     {"elearning-imported", "Completions imported"}, {"needs-return-added", "Return added"},
     {"evaluation-recorded", "Evaluation recorded"}, {"trainer-added", "Trainer added to the pool"},
     {"trainer-left", "Leaving recorded"}, {"session-added", "Session added to the programme"},
     {"session-removed", "Session taken out of the programme"}, {"budget-item-added", "Item added"},
     {"budget-submitted", "Request submitted"}, {"budget-decided", "Decision recorded"}}};

struct ProgrammeForms {
  FormState course, event, charges;
};

void CourseFields(Html& h, const FormState& form) {
  TextInput(h, form, "title", "Title", {.width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "level", "Level", VocabularyOptions(training::Levels()), "Choose a level");
  TextInput(h, form, "themes", "Themes (optional)", {.hint = "For example, domestic abuse; neglect"});
  Select(h, form, "delivery", "Delivery", VocabularyOptions(training::Deliveries()), "Choose how it is delivered");
  Select(h, form, "provider", "Provider", VocabularyOptions(training::Providers()), "Choose who provides it");
  Textarea(h, form, "description", "Description (optional)", "", 3);
}

void ChargeFields(Context& ctx, Html& h, const FormState& form) {
  TextInput(h, form, "fee", "Fee for agencies that do not contribute (£)", {.width_class = "govuk-input--width-5"});
  TextInput(h, form, "late_cancellation", "Charge for a late cancellation (£)", {.width_class = "govuk-input--width-5"});
  TextInput(h, form, "late_days", "A cancellation is late within this many days of the event",
            {.width_class = "govuk-input--width-3"});
  TextInput(h, form, "no_show", "Charge for not attending (£)", {.hint = "Waived when a colleague takes the place",
                                                                 .width_class = "govuk-input--width-5"});
  h.Open("div", {{"class", std::string("govuk-form-group") + (form.errors.For("agencies") ? " govuk-form-group--error" : "")}});
  h.Open("fieldset", {{"class", "govuk-fieldset"}, {"id", "agencies"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}},
            "Agencies that contribute, whose staff train free");
  if (const auto* message = form.errors.For("agencies"))
    h.Element("p", {{"class", "govuk-error-message"}}, "Error: " + *message);
  for (const auto& [id, name] : AgencyOptions(ctx)) Checkbox(h, form, "agency_" + id, name);
  h.Close("fieldset").Close("div");
}

core::FieldValues RuleValues(const training::ChargeRules& r) {
  auto pounds = [](std::int64_t pence) { return core::FormatPounds(pence).substr(2); };  // without the £
  core::FieldValues v{{"fee", pounds(r.fee_pence)},
                      {"late_cancellation", pounds(r.late_cancellation_pence)},
                      {"no_show", pounds(r.no_show_pence)},
                      {"late_days", std::to_string(r.late_days)}};
  for (auto id : r.free_agencies) v["agency_" + std::to_string(id)] = "yes";
  return v;
}

Response RenderProgramme(Context& ctx, int year, const ProgrammeForms& forms, int status) {
  training::TrainingStore store(ctx.db);
  auto [from, to] = core::FinancialYearDates(year);
  auto events = store.EventsWithBookings(ctx.partnership_id(), from, to);
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ProgrammePath(ctx, year - 1), "Previous year: " + core::FinancialYearLabel(year - 1));
  h.Text(" ");
  Link(h, ProgrammePath(ctx, year + 1), "Next year: " + core::FinancialYearLabel(year + 1));
  h.Text(" ");
  h.Close("p");
  std::string of_year = "?year=" + std::to_string(year);
  std::vector<std::pair<std::string, std::string>> links = {
      {ReportPath(ctx, year), "The year's figures"},
      {ctx.PartnershipPath("/training/e-learning" + of_year), "E-learning"},
      {ctx.PartnershipPath("/training/needs" + of_year), "Training needs analysis"},
      {ctx.PartnershipPath("/training/impact" + of_year), "Impact of the training"},
      {ctx.PartnershipPath("/training/trainers"), "Pool of trainers"},
      {ctx.PartnershipPath("/training/budget" + of_year), "Training budget request"}};
  if (CanManage(ctx)) links.push_back({ctx.PartnershipPath("/training/charges" + of_year), "Charges to invoice"});
  h.Open("ul", {{"class", "govuk-list"}});
  for (const auto& [href, text] : links) {
    h.Open("li");
    Link(h, href, text);
    h.Close("li");
  }
  h.Close("ul");
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Events");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& [e, bookings] : events)
    rows.push_back({TextCell(core::FormatDateLong(e.on)), LinkCell(EventPath(ctx, e.id), e.course_title),
                    TextCell(e.venue),
                    TextCell(e.cancelled_on ? "Cancelled"
                                            : std::to_string(training::PlacesLeft(e, bookings)) + " of " +
                                                  std::to_string(e.capacity))});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No events this year.");
  else
    Table(h, "Events " + core::FinancialYearLabel(year), {"Day", "Course", "Venue", "Places left"}, rows);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Courses");
  std::vector<std::vector<TrustedHtml>> courses;
  auto all_courses = store.Courses(ctx.partnership_id());
  for (const auto& c : all_courses)
    courses.push_back({TextCell(c.title), TextCell(std::string(core::LabelOf(training::Levels(), c.level))),
                       TextCell(std::string(core::LabelOf(training::Deliveries(), c.delivery))),
                       TextCell(std::string(core::LabelOf(training::Providers(), c.provider)))});
  if (courses.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No courses yet.");
  else
    Table(h, "Courses", {"Course", "Level", "Delivery", "Provider"}, courses);
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-an-event"}}, "Add an event");
    OpenForm(h, ctx, ctx.PartnershipPath("/training/events"), forms.event);
    Options course_options;
    for (const auto& c : all_courses) course_options.emplace_back(std::to_string(c.id), c.title);
    Select(h, forms.event, "course_id", "Course", course_options, "Choose a course");
    DateInput(h, forms.event, "on", "Day");
    TextInput(h, forms.event, "starts_at", "Starts", {.hint = "For example, 09:30", .width_class = "govuk-input--width-5"});
    TextInput(h, forms.event, "ends_at", "Ends", {.hint = "For example, 16:30", .width_class = "govuk-input--width-5"});
    TextInput(h, forms.event, "venue", "Venue", {.width_class = "govuk-!-width-two-thirds"});
    TextInput(h, forms.event, "capacity", "Places", {.width_class = "govuk-input--width-4"});
    TextInput(h, forms.event, "trainers", "Trainers (optional)", {.width_class = "govuk-!-width-two-thirds"});
    Button(h, "Add event");
    h.Close("form");
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-a-course"}}, "Add a course");
    OpenForm(h, ctx, ctx.PartnershipPath("/training/courses"), forms.course);
    CourseFields(h, forms.course);
    Button(h, "Add course", true);
    h.Close("form");
    FormState charges = forms.charges;
    if (charges.values.empty()) charges.values = RuleValues(store.Rules(ctx.partnership_id()));
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "charges"}}, "Charging rules");
    OpenForm(h, ctx, ctx.PartnershipPath("/training/charges"), charges);
    ChargeFields(ctx, h, charges);
    Button(h, "Save charging rules", true);
    h.Close("form");
  }
  auto chrome = Chrome(ctx, "Training programme " + core::FinancialYearLabel(year), kNav);
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.course.errors.empty() || !forms.event.errors.empty() || !forms.charges.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

int ThisYear(Context& ctx) { return core::FinancialYearOf(core::DateOf(ctx.clock.Now())); }

}  // namespace

Response ShowTrainingProgramme(Context& ctx) { return RenderProgramme(ctx, YearAsked(ctx), {}, 200); }

Response AddTrainingCourse(Context& ctx) {
  ProgrammeForms forms;
  forms.course = {Submitted(ctx), {}};
  training::Course course;
  forms.course.errors = training::ReadCourse(forms.course.values, course);
  if (!forms.course.errors.empty()) return RenderProgramme(ctx, ThisYear(ctx), forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = training::TrainingStore(ctx.db).AddCourse(ctx.partnership_id(), course);
  ctx.Audit(auth::AuditAction::kCreate, "training-course", id);
  tx.Commit();
  return http::Redirect(ProgrammePath(ctx, ThisYear(ctx)) + "&done=course-added#add-an-event");
}

Response AddTrainingEvent(Context& ctx) {
  training::TrainingStore store(ctx.db);
  ProgrammeForms forms;
  forms.event = {Submitted(ctx), {}};
  std::vector<std::int64_t> courses;
  for (const auto& c : store.Courses(ctx.partnership_id())) courses.push_back(c.id);
  training::Event event;
  forms.event.errors = training::ReadEvent(forms.event.values, courses, event);
  if (!forms.event.errors.empty()) return RenderProgramme(ctx, ThisYear(ctx), forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddEvent(event);
  ctx.Audit(auth::AuditAction::kCreate, "training-event", id);
  tx.Commit();
  return http::Redirect(EventPath(ctx, id) + "?done=event-added");
}

Response SaveTrainingCharges(Context& ctx) {
  ProgrammeForms forms;
  forms.charges = {Submitted(ctx), {}};
  training::ChargeRules rules;
  forms.charges.errors = training::ReadChargeRules(forms.charges.values, AgencyIds(ctx), rules);
  if (!forms.charges.errors.empty()) return RenderProgramme(ctx, ThisYear(ctx), forms, 422);
  storage::Transaction tx(ctx.db);
  training::TrainingStore(ctx.db).SaveRules(ctx.partnership_id(), rules);
  ctx.Audit(auth::AuditAction::kUpdate, "training-charges", std::nullopt);
  tx.Commit();
  return http::Redirect(ProgrammePath(ctx, ThisYear(ctx)) + "&done=charges-saved#charges");
}

}  // namespace safeboard::ui::pages
