/// The tool's help text, built from the command table so it never drifts.
enum Help {
    static var overview: String {
        var text = """
        planalign \(Tool.version): check a lower-level government work plan against the plan above it.

        Usage: planalign COMMAND [OPTIONS]

        Commands:

        """
        let width = (Commands.all.map(\.name.count).max() ?? 8) + 2
        for command in Commands.all {
            text += "  " + command.name.padding(to: width) + command.summary + "\n"
        }
        text += """

        Options:
          --help, -h    show this help, or a command's help after the command
          --version     print the version

        Run 'planalign help COMMAND' for a command's options.

        """
        return text
    }

    static func page(for command: CommandSpec) -> String {
        var text = "\(command.summary)\n\nUsage: \(command.usage)\n"
        if !command.options.isEmpty {
            text += "\nOptions:\n"
            let width = (command.options.map(\.0.count).max() ?? 10) + 2
            for (option, meaning) in command.options { text += "  " + option.padding(to: width) + meaning + "\n" }
        }
        return text
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
