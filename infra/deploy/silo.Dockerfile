# syntax=docker/dockerfile:1
#
# RunStrong silo: ASP.NET Core minimal APIs co-hosting an Orleans 10 silo.
#
# Build from the repository root (the build needs Directory.Build.props, Directory.Packages.props,
# global.json, .editorconfig, contracts/, silo/ and infra/RunStrong.ServiceDefaults/):
#
#   docker build -f infra/deploy/silo.Dockerfile -t runstrong-silo:dev .
#
# BuildKit (the default builder since Docker 23) reads silo.Dockerfile.dockerignore next to this file,
# which keeps bin/, obj/, node_modules/ and .data/ out of the context. See docs/OPERATIONS.md.
#
# The SDK image must carry an SDK that satisfies global.json (10.0.401 or a later feature band).

ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src

COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY contracts/RunStrong.Contracts/ contracts/RunStrong.Contracts/
COPY silo/RunStrong.Coaching/ silo/RunStrong.Coaching/
COPY silo/RunStrong.Onboarding/ silo/RunStrong.Onboarding/
COPY silo/RunStrong.Challenges/ silo/RunStrong.Challenges/
COPY silo/RunStrong.Silo/ silo/RunStrong.Silo/
COPY infra/RunStrong.ServiceDefaults/ infra/RunStrong.ServiceDefaults/

# Belt and braces for builders that ignore the per-Dockerfile ignore file: a host's obj/ folder holds a
# project.assets.json with the host's paths, which would break the build in here.
RUN find . -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +

# The NuGet cache mount keeps packages between builds, so source changes do not download them again.
RUN --mount=type=cache,id=runstrong-nuget,target=/root/.nuget/packages \
    dotnet publish silo/RunStrong.Silo/RunStrong.Silo.csproj -c Release -o /app -p:UseAppHost=false

FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app
COPY --from=build /app ./

# 8080: public HTTP/1.1 (health probes, /metrics; the API answers 401 there).
# 8443: HTTPS listener the gateway proxies to, mutual TLS with the cluster certificate (RunStrong:ClusterHttpsPort).
# 11111: Orleans silo-to-silo. 30000: Orleans client gateway (the RunStrong gateway's Orleans client); both TLS.
# ASPNETCORE_URLS is set explicitly: the silo restates ASPNETCORE_URLS as its public Kestrel endpoint
# (beside the cluster listener) and ignores ASPNETCORE_HTTP_PORTS (the image's default). Every listener
# binds the advertised address (Orleans__AdvertisedIPAddress, the pod IP). The cluster certificate is
# never baked in: mount it and set RunStrong__ClusterTls__CertificatePath/KeyPath (docs/SECURITY.md).
ENV ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_URLS=http://+:8080 \
    RunStrong__ClusterHttpsPort=8443 \
    Orleans__SiloPort=11111 \
    Orleans__GatewayPort=30000
EXPOSE 8080 8443 11111 30000

# The aspnet image's non-root "app" user.
USER $APP_UID
ENTRYPOINT ["dotnet", "RunStrong.Silo.dll"]
