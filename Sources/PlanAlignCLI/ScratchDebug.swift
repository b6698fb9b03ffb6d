import Foundation
import PlanAlignKit

extension Commands {
    static let scratch = CommandSpec(
        name: "scratch", summary: "debug", usage: "", options: [],
        valued: ["--municipal", "--district", "--mappings", "--p"], switches: []
    ) { arguments, session in
        let clock = ContinuousClock()
        var out = ""
        let text = try String(contentsOfFile: "seeds/yubei-2025-district-tasks.txt", encoding: .utf8)
        var t = clock.now
        for _ in 0..<10 { _ = TextCleaner.clean(text) }
        out += "clean \(clock.now - t)\n"; t = clock.now
        for _ in 0..<10 { _ = try OutlineParser.parse(PlanSource(path: "x", text: text)) }
        out += "outline \(clock.now - t)\n"; t = clock.now
        for _ in 0..<10 { _ = try PlanLoader.parse(PlanSource(path: "x", text: text)) }
        out += "parse+targets \(clock.now - t)\n"; t = clock.now
        let mappings = try Mappings.load(directory: "mappings")
        out += "mappings \(clock.now - t)\n"; t = clock.now
        let m = try PlanLoader.load(path: "seeds/chongqing-2026-municipal-priorities.txt")
        let d = try PlanLoader.load(path: "seeds/yubei-2025-district-tasks.txt")
        t = clock.now
        for _ in 0..<10 { _ = MatchEngine(mappings: mappings).align(municipal: m, district: d) }
        out += "align \(clock.now - t)\n"; t = clock.now
        session.output = out
    }
}
