/** pcf-scripts and pcf-start send Application Insights events unless these are set; every script that runs them does. */
export const noTelemetryEnv = { PP_TOOLS_TELEMETRY_OPTOUT: "1", APPLICATION_INSIGHTS_NO_STATSBEAT: "1" };
