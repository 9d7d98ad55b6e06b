// Coarser answers beside finer ones (see finest_answers.h).
#include "kg/query/finest_answers.h"

#include <cctype>

namespace kg {

namespace {

// A calendar date as kg shows one: 2024, 2024-12, 2024-12-26 (or --12-26 without a year).
bool DateText(const std::string& s) {
  if (s.size() < 4) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

// Whether `coarse` is a date that `fine` states more exactly (2024 of 2024-12).
bool NarrowedDate(const std::string& coarse, const std::string& fine) {
  return DateText(coarse) && DateText(fine) && fine.size() > coarse.size() + 1 &&
         fine.compare(0, coarse.size(), coarse) == 0 && fine[coarse.size()] == '-';
}

// Answers compared pairwise at most: a question answered by more is a listing, where a coarser
// answer beside a finer one matters less than the lookups it would take.
constexpr size_t kMaxComparedAnswers = 64;

}  // namespace

Status KeepFinestAnswers(const ReadView& view, TermId located_in, ResultSet* result) {
  if (result->columns.size() != 1 || result->rows.size() < 2 ||
      result->rows.size() > kMaxComparedAnswers) {
    return Status::OK();
  }
  const size_t n = result->rows.size();
  std::vector<bool> coarse(n, false);
  for (size_t a = 0; a < n; ++a) {
    const Cell& fine = result->rows[a][0];
    for (size_t b = 0; b < n; ++b) {
      const Cell& other = result->rows[b][0];
      if (a == b || coarse[b]) continue;
      if (NarrowedDate(other.text, fine.text)) {
        coarse[b] = true;
      } else if (located_in.valid() && fine.kind == Cell::Kind::kEntity &&
                 other.kind == Cell::Kind::kEntity && fine.id != other.id) {
        TermId held[3] = {fine.id, located_in, other.id};
        Result<uint64_t> found = view.CountPrefix(IndexOrder::kSpo, held, 3, 1);
        if (!found.ok()) return found.status();
        coarse[b] = *found > 0;
      }
    }
  }
  std::vector<std::vector<Cell>> rows;
  std::vector<std::vector<size_t>> row_facts;
  for (size_t i = 0; i < n; ++i) {
    if (coarse[i]) continue;
    rows.push_back(std::move(result->rows[i]));
    if (i < result->row_facts.size()) row_facts.push_back(std::move(result->row_facts[i]));
  }
  result->rows = std::move(rows);
  if (!result->row_facts.empty()) result->row_facts = std::move(row_facts);
  return Status::OK();
}

}  // namespace kg
