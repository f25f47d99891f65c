#include "core/files/step_export.hpp"

#include <functional>

#include "core/network/chain_rule.hpp"
#include "core/colour/colour.hpp"
#include "core/network/formulas.hpp"
#include "core/base/number_text.hpp"
#include "core/files/record_json.hpp"
#include "core/network/record_values.hpp"

namespace fontshade {
namespace {

// How each format writes the pieces; the walk through the step is shared.
struct Style {
  std::function<std::string(double)> number;
  std::function<std::string(const std::string& name)> name;     // a quantity's name
  std::function<std::string(const std::string& formula)> text;  // a formula written in the chapter's UTF-8
  std::function<std::string(const std::vector<std::vector<std::string>>& rows, bool row_vector)> matrix;
  std::string times, minus;
};

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) s += (i ? separator : "") + items[i];
  return s;
}

// A quantity's value in the style: a scalar, or a matrix of its shape.
std::string value(const Style& style, const StepRecord& r, Quantity q) {
  const Shape shape = shape_of(q, r.before.hidden());
  if (shape.scalar()) return style.number(value_of(r, q, 0, 0));
  std::vector<std::vector<std::string>> rows(static_cast<std::size_t>(shape.rows));
  for (int i = 0; i < shape.rows; ++i)
    for (int j = 0; j < shape.cols; ++j) rows[static_cast<std::size_t>(i)].push_back(style.number(value_of(r, q, i, j)));
  return style.matrix(rows, shape.rows == 1);
}

// A factor inside a product: negative scalars in brackets, as one writes them by hand.
std::string operand(const Style& style, const StepRecord& r, Quantity q) {
  const std::string v = value(style, r, q);
  return shape_of(q, r.before.hidden()).scalar() && value_of(r, q, 0, 0) < 0 ? "(" + v + ")" : v;
}

struct Line {
  std::string left, formula, numbers, result;
};

std::vector<Line> forward_lines(const Style& s, const StepRecord& r, const Options& o) {
  using Q = Quantity;
  const auto n = [&](Q q) { return s.name(std::string(name_of(q))); };
  const auto v = [&](Q q) { return value(s, r, q); };
  return {
      {n(Q::Z1), n(Q::w_hidden) + s.times + n(Q::X) + " + " + n(Q::b_hidden),
       v(Q::w_hidden) + s.times + v(Q::X) + " + " + v(Q::b_hidden), v(Q::Z1)},
      {n(Q::A1), s.text(activation_formula(o.activation)), "", v(Q::A1)},
      {n(Q::Z2), n(Q::w_output) + s.times + n(Q::A1) + " + " + n(Q::b_output),
       v(Q::w_output) + s.times + v(Q::A1) + " + " + operand(s, r, Q::b_output), v(Q::Z2)},
      {n(Q::A2), s.text("logistic(Z2) = 1 / (1 + e^\xE2\x88\x92Z2)"), "", v(Q::A2)},
      {n(Q::C), s.text(std::string(cost_formula(o.cost)).substr(4)), "", v(Q::C)},
  };
}

std::vector<Line> backward_lines(const Style& s, const StepRecord& r, const Options& o) {
  using Q = Quantity;
  const auto n = [&](Q q) { return s.name(std::string(name_of(q))); };
  std::vector<Line> lines;
  // The factors, in the order of the chapter's backward_prop.
  for (Q q : chain_rule_factors()) {
    // A factor equal to another quantity is written by its name; a constant 1 stands alone.
    std::string formula = factor_formula(q, o);
    if (factor_equals(q)) formula = n(*factor_equals(q));
    else if (formula == "1") formula.clear();
    else formula = s.text(formula);
    lines.push_back({n(q), formula, "", value(s, r, q)});
  }
  // The gradients: each the product of its factors, in the table's order.
  for (const GradientFactors& g : gradient_factors()) {
    std::vector<std::string> names, numbers;
    for (Q f : g.factors) {
      names.push_back(n(f));
      numbers.push_back(operand(s, r, f));
    }
    lines.push_back({n(g.gradient), joined(names, s.times), joined(numbers, s.times), value(s, r, g.gradient)});
  }
  return lines;
}

struct Update {
  std::string name;
  double before, gradient, after;
};

std::vector<Update> updates(const StepRecord& r) {
  std::vector<Update> out;
  const Parameters& p = r.before;
  const Parameters& q = r.after;
  const BackwardRecord& b = r.backward;
  const int h = p.hidden();
  for (int i = 0; i < h; ++i)
    for (int j = 0; j < 3; ++j)
      out.push_back({"w_hidden[" + std::to_string(i) + "][" + std::to_string(j) + "]", p.w_hidden(i, j), b.dC_dW1(i, j),
                     q.w_hidden(i, j)});
  for (int i = 0; i < h; ++i) out.push_back({"b_hidden[" + std::to_string(i) + "]", p.b_hidden(i), b.dC_dB1(i), q.b_hidden(i)});
  for (int i = 0; i < h; ++i)
    out.push_back({"w_output[0][" + std::to_string(i) + "]", p.w_output(i), b.dC_dW2(i), q.w_output(i)});
  out.push_back({"b_output", p.b_output, b.dC_dB2, q.b_output});
  return out;
}

std::string heading(const StepRecord& r, const StepExportWords& w) {
  return w.step + " " + std::to_string(r.step) + ", " + w.sample + " " + std::to_string(r.sample) + " (" +
         hex_of(Rgb{static_cast<int>(r.X(0) * 255 + 0.5), static_cast<int>(r.X(1) * 255 + 0.5),
                    static_cast<int>(r.X(2) * 255 + 0.5)}) +
         ")";
}

std::string markdown(const StepRecord& r, const Options& o, int digits, const StepExportWords& w) {
  Style s;
  s.number = [digits](double v) { return significant(v, digits); };
  s.name = [](const std::string& name) { return name; };
  s.text = [](const std::string& formula) { return formula; };
  // As the trace writes them: a column as [a, b, c], a row or a matrix as rows: [[a, b, c]].
  s.matrix = [](const std::vector<std::vector<std::string>>& rows, bool) {
    std::vector<std::string> parts;
    const bool column = rows[0].size() == 1;
    for (const auto& row : rows) parts.push_back(column ? row[0] : "[" + joined(row, ", ") + "]");
    return "[" + joined(parts, ", ") + "]";
  };
  s.times = " \xC2\xB7 ";
  const auto write = [](const Line& l) {
    std::string text = "- `" + l.left + (l.formula.empty() ? "" : " = " + l.formula);
    if (!l.numbers.empty()) text += " = " + l.numbers;
    return text + " = " + l.result + "`\n";
  };
  std::string out = "### " + heading(r, w) + ", X = " + value(s, r, Quantity::X) + ", Y = " + s.number(r.Y) + "\n\n";
  out += "**" + w.forward + "**\n\n";
  for (const Line& l : forward_lines(s, r, o)) out += write(l);
  out += "\n**" + w.backward + "**\n\n";
  for (const Line& l : backward_lines(s, r, o)) out += write(l);
  out += "\n**" + w.update + ": after = before \xE2\x88\x92 L \xC2\xB7 gradient** (L = " + s.number(r.L) + ")\n\n";
  out += "| " + w.parameter + " | before \xE2\x88\x92 L \xC2\xB7 gradient | " + w.after + " |\n|---|---|---|\n";
  for (const Update& u : updates(r))
    out += "| `" + u.name + "` | `" + s.number(u.before) + " \xE2\x88\x92 " + s.number(r.L) + " \xC2\xB7 " +
           (u.gradient < 0 ? "(" + s.number(u.gradient) + ")" : s.number(u.gradient)) + "` | `" + s.number(u.after) +
           "` |\n";
  return out;
}

// "-1.234e-05" as -1.234 \times 10^{-5}.
std::string latex_number(double v, int digits) {
  std::string t = significant(v, digits);
  const auto e = t.find('e');
  if (e == std::string::npos) return t;
  const int exponent = std::stoi(t.substr(e + 1));
  return t.substr(0, e) + " \\times 10^{" + std::to_string(exponent) + "}";
}

// The chapter's UTF-8 formula text in LaTeX.
std::string latex_text(const std::string& formula) {
  std::string out;
  for (std::size_t i = 0; i < formula.size(); ++i) {
    const std::string_view rest(formula.data() + i, formula.size() - i);
    if (rest.rfind("\xE2\x88\x92", 0) == 0) { out += "-"; i += 2; }
    else if (rest.rfind("\xC2\xB7", 0) == 0) { out += " \\cdot "; i += 1; }
    else if (rest.rfind("\xC2\xB2", 0) == 0) { out += "^{2}"; i += 1; }
    else if (rest.rfind("\xE2\x89\xA4", 0) == 0) { out += " \\le "; i += 2; }
    else if (formula[i] == '_') out += "\\_";
    else out += formula[i];
  }
  // e^−Z2 became e^-Z2 above; give the exponent its braces.
  for (const char* z : {"e^-Z2", "e^-Z1"})
    for (std::size_t p = out.find(z); p != std::string::npos; p = out.find(z))
      out.replace(p, 5, std::string("e^{-Z") + z[4] + "}");
  return out;
}

std::string latex(const StepRecord& r, const Options& o, int digits, const StepExportWords& w) {
  Style s;
  s.number = [digits](double v) { return latex_number(v, digits); };
  s.name = [](const std::string& name) {
    std::string escaped;
    for (char c : name) escaped += c == '_' ? std::string("\\_") : std::string(1, c);
    return "\\mathrm{" + escaped + "}";
  };
  s.text = latex_text;
  s.matrix = [](const std::vector<std::vector<std::string>>& rows, bool) {
    std::vector<std::string> lines;
    for (const auto& row : rows) lines.push_back(joined(row, " & "));
    return "\\begin{bmatrix} " + joined(lines, " \\\\ ") + " \\end{bmatrix}";
  };
  s.times = " \\cdot ";
  const auto write = [](const Line& l) {
    std::string text = l.left + " &= " + l.formula;
    if (!l.numbers.empty()) text += " = " + l.numbers;
    return text + (l.formula.empty() ? "" : " = ") + l.result + " \\\\\n";
  };
  std::string out = "% fontshade: " + heading(r, w) + "\n";
  out += "\\begin{align*}\n";
  out += "\\mathrm{X} &= " + value(s, r, Quantity::X) + ", \\quad \\mathrm{Y} = " + s.number(r.Y) + " \\\\\n";
  out += "&\\text{" + w.forward + "} \\\\\n";
  for (const Line& l : forward_lines(s, r, o)) out += write(l);
  out += "&\\text{" + w.backward + "} \\\\\n";
  for (const Line& l : backward_lines(s, r, o)) out += write(l);
  out += "&\\text{" + w.update + ": } \\mathrm{after} = \\mathrm{before} - L \\cdot \\mathrm{gradient}, \\quad L = " +
         s.number(r.L) + " \\\\\n";
  for (const Update& u : updates(r))
    out += s.name(u.name) + " &= " + s.number(u.before) + " - " + s.number(r.L) + " \\cdot " +
           (u.gradient < 0 ? "(" + s.number(u.gradient) + ")" : s.number(u.gradient)) + " = " + s.number(u.after) +
           " \\\\\n";
  out += "\\end{align*}\n";
  return out;
}

}  // namespace

std::optional<StepFormat> parse_step_format(std::string_view name) {
  if (name == "json") return StepFormat::json;
  if (name == "markdown") return StepFormat::markdown;
  if (name == "latex") return StepFormat::latex;
  return std::nullopt;
}

std::string export_step(const StepRecord& r, const Options& o, StepFormat format, int digits, const StepExportWords& words) {
  switch (format) {
    case StepFormat::json: return step_record_json(r);
    case StepFormat::markdown: return markdown(r, o, digits, words);
    case StepFormat::latex: return latex(r, o, digits, words);
  }
  return {};
}

}  // namespace fontshade
