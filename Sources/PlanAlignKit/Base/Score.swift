/// How scores are shown and stored: to three decimals, so that output does not depend on
/// the last bits of a floating-point sum.
public enum Score {
    /// The number of decimals every score keeps.
    public static let decimals = 3

    /// `value` rounded to three decimals.
    public static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// `value` written with three decimals: `0.300`, `-0.052`.
    public static func text(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
