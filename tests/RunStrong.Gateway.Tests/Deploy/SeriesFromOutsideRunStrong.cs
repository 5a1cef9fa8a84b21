namespace RunStrong.Gateway.Tests.Deploy;

/// <summary>
/// Series the rules and dashboard select that no RunStrong host serves, each with where it comes from. A scrape
/// of the platform cannot show them; every other selected name must be in one.
/// </summary>
internal static class SeriesFromOutsideRunStrong
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["up"] = "made by Prometheus for every scrape target (1 when the scrape succeeded)",
        ["kube_deployment_spec_replicas"] = "kube-state-metrics: replicas a Deployment asks for",
        ["kube_deployment_status_replicas_available"] = "kube-state-metrics: a Deployment's available replicas",
        ["kube_pod_status_ready"] = "kube-state-metrics: pod readiness",
        ["kube_pod_container_resource_limits"] = "kube-state-metrics: CPU and memory limits, the denominators of the CPU and memory alerts",
        ["kube_pod_container_status_restarts_total"] = "kube-state-metrics: container restarts",
        ["kube_pod_container_status_last_terminated_reason"] = "kube-state-metrics: why a container last ended (OOMKilled)",
        ["container_cpu_cfs_periods_total"] = "the kubelet's cAdvisor: CFS periods, for CPU throttling",
        ["container_cpu_cfs_throttled_periods_total"] = "the kubelet's cAdvisor: throttled CFS periods",
    };
}
