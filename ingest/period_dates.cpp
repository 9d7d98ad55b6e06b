// Dates of timeline events from their period (see period_dates.h).
#include "ingest/period_dates.h"

#include <string>

namespace kg::ingest {

std::optional<ValueMention> PeriodDate(std::string_view period) {
  bool bare_year = period.size() == 4;
  for (char c : period) bare_year = bare_year && c >= '0' && c <= '9';
  // A bare year is a date in a period's place; the value reader wants it written as one.
  std::string text = bare_year ? std::string(period) + "년" : std::string(period);
  std::vector<ValueMention> values = FindValues(text, DocDate{});
  if (values.size() != 1 || values[0].kind != ValueMention::Kind::kDate) return std::nullopt;
  if (values[0].begin != 0 || values[0].end != text.size()) return std::nullopt;
  values[0].text = std::string(period);
  values[0].end = period.size();
  return values[0];
}

void DateByPeriod(std::string_view period, size_t first_fact, FactSink* sink) {
  if (period.empty() || first_fact >= sink->out()->facts.size()) return;
  std::optional<ValueMention> date = PeriodDate(period);
  if (!date) return;
  int value = sink->Value(*date);
  auto& facts = sink->out()->facts;
  const auto& values = sink->out()->values;
  for (size_t k = first_fact; k < facts.size(); ++k) {
    if (facts[k].value_qualifiers.count("date")) continue;
    // A fact whose object is a date ("출시일: 2022년 11월") is dated by it already.
    int object = facts[k].object_value;
    if (object >= 0 && static_cast<size_t>(object) < values.size()) {
      const std::string& type = values[static_cast<size_t>(object)].literal.datatype;
      if (type == kXsdDate || type == kXsdGYearMonth || type == kXsdGYear) continue;
    }
    facts[k].value_qualifiers["date"] = value;
  }
}

}  // namespace kg::ingest
