/// The gap report as one self-contained web page: no external script or font, printable,
/// with the report's sections, a coverage bar per area, one alignment diagram per area drawn
/// as inline SVG, and a review mode that exports the planner's decisions as a file for
/// `planalign review --import`.
public enum HTMLReport {
    public static func render(_ analysis: GapAnalysis, language: ReportLanguage = .chinese) -> String {
        let words = language.office.review
        var body = ""
        for block in ReportLayout.blocks(analysis, language: language) {
            switch block {
            case .heading(let level, let text):
                body += "<h\(level)>\(escaped(text))</h\(level)>\n"
            case .coverageBars:
                body += bars(analysis, language)
            case .facts(let lines):
                body += "<ul class=\"facts\">" + lines.map { "<li>\(escaped($0.replacingAll("`", with: "")))</li>" }.joined() + "</ul>\n"
            case .bullets(let lines):
                body += "<ul>" + lines.map { "<li>\(escaped($0))</li>" }.joined() + "</ul>\n"
            case .paragraph(let text):
                body += "<p>\(escaped(text))</p>\n"
            case .table(let table):
                body += table.rows.isEmpty ? "<p class=\"none\">\(escaped(table.empty))</p>\n" : self.table(table)
            case .diagrams(let legend, let areas):
                body += "<p>\(escaped(legend))</p>\n"
                for area in areas { body += "<h3>\(escaped(area.heading))</h3>\n" + AlignmentSVG.area(analysis, area.index) }
            case .commands(let lines):
                body += "<pre class=\"commands\">" + lines.map(escaped).joined(separator: "\n") + "</pre>\n"
            }
        }
        body += reviewMode(analysis, language)
        return "<!DOCTYPE html>\n<html lang=\"\(language.code == "zh" ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(escaped(language.title))：\(escaped(analysis.district.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
            + "<nav class=\"tools\"><a href=\"#review\">\(escaped(words["title"] ?? ""))</a></nav>\n"
            + body + "<script>\n\(script)</script>\n</body>\n</html>\n"
    }

    static func escaped(_ text: String) -> String { XMLText.escaped(text) }

    static func table(_ table: ReportTable) -> String {
        "<table class=\"\(table.kind.rawValue)\"><thead><tr>" + table.header.map { "<th>\(escaped($0))</th>" }.joined() + "</tr></thead><tbody>"
            + table.rows.map { row in "<tr>" + row.map { "<td>\(escaped($0))</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>\n"
    }

    /// One bar per area: the share of its priorities covered strongly, partly, by candidates only, or not at all.
    static func bars(_ analysis: GapAnalysis, _ language: ReportLanguage) -> String {
        let marks = language.office.matrixMarks
        var html = "<section class=\"bars\" aria-label=\"\(escaped(language.office.review["bars"] ?? ""))\">"
        for area in analysis.areas {
            let counts: [(String, Int)] = [
                ("strong", area.priorities.filter { $0.status == .covered && $0.strength == .strong }.count),
                ("partial", area.priorities.filter { $0.status == .covered && $0.strength != .strong }.count),
                ("candidate", area.priorities.filter { $0.status == .candidate }.count),
                ("none", area.priorities.filter { $0.status == .notCovered }.count),
            ]
            let total = max(1, area.priorities.count)
            html += "<div class=\"bar\"><span class=\"label\">\(escaped("\(area.section.ref). \(area.section.title)"))</span><span class=\"track\">"
            for (kind, count) in counts where count > 0 {
                html += "<span class=\"\(kind)\" style=\"width:\(count * 100 / total)%\" title=\"\(escaped(marks[kind] ?? kind)) \(count)\">\(count)</span>"
            }
            html += "</span></div>"
        }
        return html + "<p class=\"legend\">" + ["strong", "partial", "candidate", "none"].map { "<span class=\"\($0)\">\(escaped(marks[$0] ?? $0))</span>" }.joined(separator: " ") + "</p></section>\n"
    }

    /// The review mode: every link the engine suggested with accept, reject and a note; every
    /// gap with a task picker to add a link; a reviewer's name; and the export.
    static func reviewMode(_ analysis: GapAnalysis, _ language: ReportLanguage) -> String {
        let words = language.office.review
        let municipal = FileBytes.name(analysis.municipal.path), district = FileBytes.name(analysis.district.path)
        var html = "<section id=\"review\" data-municipal=\"\(escaped(municipal))\" data-district=\"\(escaped(district))\">\n"
        html += "<h2>\(escaped(words["title"] ?? ""))</h2>\n"
        html += "<p><label>\(escaped(words["reviewer"] ?? "")) <input id=\"reviewer\" type=\"text\"></label> <span id=\"count\" data-template=\"\(escaped(words["count"] ?? ""))\"></span></p>\n"
        html += "<h3>\(escaped(words["pending"] ?? ""))</h3>\n<table class=\"review\"><thead><tr><th>\(escaped(language.priority))</th><th>\(escaped(language.task))</th>"
            + "<th>\(escaped(language.strength))</th><th>\(escaped(words["current"] ?? ""))</th><th></th><th>\(escaped(words["note"] ?? ""))</th></tr></thead><tbody>"
        // Every link, the engine's and the reviewed ones, and the rejected: a planner may change any decision.
        let links = analysis.alignment.links.map { ($0, language.origins[$0.origin] ?? "") }
            + analysis.alignment.rejected.map { ($0.link, words["rejected"] ?? "") }
        for (link, current) in links.sorted(by: { $0.0.pair < $1.0.pair }) {
            html += "<tr data-link=\"\(link.pair)\"><td>\(escaped("\(link.municipal) \(analysis.municipal.item(link.municipal)?.title ?? "")"))</td>"
                + "<td>\(escaped("\(link.district) \(analysis.task(link.district)?.title ?? "")"))</td><td>\(escaped(language.strength(link.strength)))</td>"
                + "<td>\(escaped(current))</td>"
                + "<td><button type=\"button\" data-decision=\"accepted\">\(escaped(words["accept"] ?? ""))</button> "
                + "<button type=\"button\" data-decision=\"rejected\">\(escaped(words["reject"] ?? ""))</button></td>"
                + "<td><input type=\"text\" class=\"note\"></td></tr>"
        }
        html += "</tbody></table>\n<h3>\(escaped(words["gaps"] ?? ""))</h3>\n<table class=\"review\"><tbody>"
        let options = analysis.district.items.map { "<option value=\"\(escaped($0.ref.rawValue))\">\(escaped("\($0.ref) \($0.title)"))</option>" }.joined()
        // Every gap: a priority nothing carries well, or one with a clause nothing carries.
        let openClauses = Set(analysis.alignment.uncoveredMeasures.map(\.priority))
        for priority in analysis.priorities where priority.status != .covered || openClauses.contains(priority.priority) {
            html += "<tr data-priority=\"\(escaped(priority.priority.rawValue))\"><td>\(escaped("\(priority.priority) \(priority.title)"))</td>"
                + "<td><select><option value=\"\">\(escaped(words["pick"] ?? ""))</option>\(options)</select></td>"
                + "<td><button type=\"button\" data-decision=\"added\">\(escaped(words["add"] ?? ""))</button></td><td><input type=\"text\" class=\"note\"></td></tr>"
        }
        html += "</tbody></table>\n<p><button type=\"button\" id=\"export\">\(escaped(words["export"] ?? ""))</button> \(escaped(words["import"] ?? ""))</p>\n"
        html += "<pre id=\"decisions\" hidden></pre>\n</section>\n"
        return html
    }

    static let style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 68em; padding: 0 1em; line-height: 1.6; color: #222; }
        h1 { font-size: 1.6em; text-align: center; } h2 { border-bottom: 2px solid #2e86c1; padding-bottom: .2em; margin-top: 2em; } h3 { margin-top: 1.4em; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: .92em; } th, td { border: 1px solid #bbb; padding: .3em .5em; vertical-align: top; text-align: left; }
        thead th { background: #e8eef4; } tr:nth-child(even) td { background: #fafafa; } .none { color: #666; }
        ul.facts { list-style: none; padding: 0; color: #444; } pre.commands { background: #f4f4f4; padding: .8em; overflow-x: auto; }
        .bars .bar { display: flex; align-items: center; margin: .25em 0; } .bars .label { width: 24em; font-size: .9em; }
        .bars .track { flex: 1; display: flex; height: 1.3em; background: #eee; } .bars .track span { color: #fff; font-size: .8em; text-align: center; }
        .strong { background: #1f6fa8; color: #fff; } .partial { background: #7fb3d5; color: #fff; } .candidate { background: #e59866; color: #fff; } .none { background: #c0392b; color: #fff; }
        .legend span { padding: 0 .5em; } p.none { background: none; color: #666; }
        svg.alignment { width: 100%; height: auto; margin: .5em 0; } svg text { font-size: 13px; }
        tr.accepted td { background: #e9f7ef; } tr.rejected td { background: #fdecea; } tr.added td { background: #eaf2fb; }
        nav.tools { position: fixed; top: .5em; right: .5em; } nav.tools a { background: #2e86c1; color: #fff; padding: .3em .8em; text-decoration: none; border-radius: 3px; }
        @media print { nav.tools, #review { display: none; } body { max-width: none; margin: 0; } h2 { page-break-after: avoid; } table { page-break-inside: auto; } tr { page-break-inside: avoid; } }

        """

    /// The review mode's script: decisions kept in the page, exported as a file; `#selftest=`
    /// in the address clicks through decisions as a planner would, for the CI.
    static let script = """
        (function () {
          var review = document.getElementById('review'), decisions = {}, count = document.getElementById('count');
          function show() { count.textContent = count.dataset.template.replace('{n}', Object.keys(decisions).length); }
          function decide(municipal, district, decision, note, row) {
            decisions[municipal + ':' + district] = { municipal: municipal, district: district, decision: decision, note: note };
            if (row) { row.className = decision; }
            show();
          }
          review.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-decision]');
            if (!button) { return; }
            var row = button.closest('tr'), note = row.querySelector('input.note').value;
            if (row.dataset.link) {
              var parts = row.dataset.link.split(':');
              decide(parts[0], parts[1], button.dataset.decision, note, row);
            } else {
              var task = row.querySelector('select').value;
              if (task) { decide(row.dataset.priority, task, 'added', note, row); }
            }
          });
          function exported() {
            var list = Object.keys(decisions).sort().map(function (key) { return decisions[key]; });
            return JSON.stringify({ format: 'planalign-decisions', municipal: review.dataset.municipal, district: review.dataset.district,
                                    reviewer: document.getElementById('reviewer').value, decisions: list }, null, 2);
          }
          document.getElementById('export').addEventListener('click', function () {
            var text = exported(), pre = document.getElementById('decisions');
            pre.textContent = text;
            var link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
            link.download = 'decisions.json';
            document.body.appendChild(link);
            link.click();
            link.remove();
          });
          // #selftest=reviewer=NAME;accept=M:D;reject=M:D;add=M:D — each step clicks the page's own controls.
          var hash = decodeURIComponent(location.hash);
          if (hash.indexOf('#selftest=') === 0) {
            hash.slice(10).split(';').forEach(function (step) {
              var pair = step.split('='), action = pair[0], value = pair[1];
              if (action === 'reviewer') { document.getElementById('reviewer').value = value; return; }
              var refs = value.split(':');
              if (action === 'add') {
                var row = review.querySelector('tr[data-priority="' + refs[0] + '"]');
                row.querySelector('select').value = refs[1];
                row.querySelector('input.note').value = 'selftest ' + action;
                row.querySelector('button').click();
              } else {
                var linkRow = review.querySelector('tr[data-link="' + value + '"]');
                linkRow.querySelector('input.note').value = 'selftest ' + action;
                linkRow.querySelector('button[data-decision="' + (action === 'accept' ? 'accepted' : 'rejected') + '"]').click();
              }
            });
            document.getElementById('export').click();
            document.getElementById('decisions').hidden = false;
          }
          show();
        })();

        """
}
