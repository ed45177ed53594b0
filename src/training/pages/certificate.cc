// A certificate of attendance (issue 17): a one-page PDF for a place marked attended (or attended
// in part) on the register, printed by the packaged Chromium. The training team gives it out.
#include <iostream>

#include "core/date.h"
#include "documents/convert.h"
#include "meetings/papers.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"
#include "ui/print_document.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

Response TrainingCertificate(Context& ctx) {
  auto b = BookingOf(ctx, ctx.Id("id"));
  auto e = EventOf(ctx, b.event_id);
  if (!training::Came(b)) {
    Html sorry;
    sorry.Element("p", {{"class", "govuk-body"}}, "There is no certificate: the register does not show this place attended.");
    Link(sorry, EventPath(ctx, e.id) + "#bookings", "Back to the event");
    return Page(ctx, Chrome(ctx, "No certificate of attendance", kNav), std::move(sorry), 409);
  }
  auto course = training::TrainingStore(ctx.db).FindCourse(ctx.partnership_id(), e.course_id);
  std::string who = b.substitute_name.empty() ? b.name : b.substitute_name;
  Html h;
  h.Element("p", {{"class", "meta"}}, ctx.partnership->name);
  h.Element("h1", "Certificate of attendance");
  h.Element("p", "This is to certify that");
  h.Element("h2", who);
  h.Element("p", std::string(b.attendance == training::Attendance::kPartial ? "attended part of" : "attended"));
  h.Element("h2", e.course_title);
  if (course) h.Element("p", std::string(core::LabelOf(training::Levels(), course->level)));
  h.Element("p", core::FormatDateLong(e.on) + ", " + e.starts_at + " to " + e.ends_at + ", " + e.venue);
  if (!e.trainers.empty()) h.Element("p", "Trainers: " + e.trainers);
  auto pdf = documents::HtmlToPdf(PrintDocument("Certificate of attendance: " + who, h.Build()));
  if (!pdf.ok) {
    std::cerr << "certificate PDF for booking " << b.id << ": " << pdf.error << "\n";
    Html sorry;
    sorry.Element("p", {{"class", "govuk-body"}}, "The certificate cannot be made just now. Try again later.");
    return Page(ctx, Chrome(ctx, "Sorry, the certificate cannot be made", kNav), std::move(sorry), 503);
  }
  ctx.Audit(auth::AuditAction::kExported, "training-certificate", b.id);
  Response r{200, {{"Content-Type", "application/pdf"}}, std::move(pdf.bytes)};
  r.SetHeader("Content-Disposition", "attachment; filename=\"" +
                                         meetings::SafeFileName("Certificate " + e.course_title + " " + core::FormatDate(e.on) + ".pdf") +
                                         "\"");
  return r;
}

}  // namespace safeboard::ui::pages
